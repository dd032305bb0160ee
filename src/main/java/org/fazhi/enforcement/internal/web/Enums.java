package org.fazhi.enforcement.internal.web;

import java.util.List;
import org.fazhi.enforcement.AccountabilityMeasure;
import org.fazhi.enforcement.ActKind;
import org.fazhi.enforcement.ActionKind;
import org.fazhi.enforcement.CaseStatus;
import org.fazhi.enforcement.ChangeKind;
import org.fazhi.enforcement.Circumstance;
import org.fazhi.enforcement.DecisionOutcome;
import org.fazhi.enforcement.EvidenceKind;
import org.fazhi.enforcement.EvidenceStage;
import org.fazhi.enforcement.ExecutionMethod;
import org.fazhi.enforcement.ExemptionList;
import org.fazhi.enforcement.FaultKind;
import org.fazhi.enforcement.Harm;
import org.fazhi.enforcement.LegalStanding;
import org.fazhi.enforcement.OfficerKind;
import org.fazhi.enforcement.OfficerStatus;
import org.fazhi.enforcement.PartyKind;
import org.fazhi.enforcement.PenaltyType;
import org.fazhi.enforcement.ServiceMethod;
import org.fazhi.enforcement.TransferOutcome;

/** The choices the module's forms offer, for the templates. */
public final class Enums {

    static final Enums INSTANCE = new Enums();

    public List<ActKind> investigativeActs() {
        return List.of(ActKind.values()).stream().filter(ActKind::investigative).toList();
    }

    public ActionKind[] kinds() {
        return ActionKind.values();
    }

    public CaseStatus[] statuses() {
        return CaseStatus.values();
    }

    public PartyKind[] partyKinds() {
        return PartyKind.values();
    }

    public Circumstance[] circumstances() {
        return Circumstance.values();
    }

    public Harm[] harms() {
        return Harm.values();
    }

    public DecisionOutcome[] outcomes() {
        return DecisionOutcome.values();
    }

    public PenaltyType[] penalties() {
        return PenaltyType.values();
    }

    public EvidenceKind[] evidenceKinds() {
        return EvidenceKind.values();
    }

    public EvidenceStage[] stages() {
        return EvidenceStage.values();
    }

    public ServiceMethod[] serviceMethods() {
        return ServiceMethod.values();
    }

    public ExecutionMethod[] executionMethods() {
        return ExecutionMethod.values();
    }

    public ChangeKind[] changeKinds() {
        return ChangeKind.values();
    }

    public TransferOutcome[] transferOutcomes() {
        return TransferOutcome.values();
    }

    public FaultKind[] faultKinds() {
        return FaultKind.values();
    }

    public AccountabilityMeasure[] measures() {
        return AccountabilityMeasure.values();
    }

    public LegalStanding[] standings() {
        return LegalStanding.values();
    }

    public OfficerKind[] officerKinds() {
        return OfficerKind.values();
    }

    public OfficerStatus[] officerStatuses() {
        return OfficerStatus.values();
    }

    public ExemptionList[] exemptionLists() {
        return ExemptionList.values();
    }
}
