package org.fazhi.disputes.internal.web;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.disputes.PetitionExtensionRequest;
import org.fazhi.disputes.Petition;
import org.fazhi.disputes.PetitionChannel;
import org.fazhi.disputes.PetitionDecisionRequest;
import org.fazhi.disputes.PetitionOverview;
import org.fazhi.disputes.PetitionRequest;
import org.fazhi.disputes.PetitionStatus;
import org.fazhi.disputes.Petitions;
import org.fazhi.disputes.ReceptionDay;
import org.fazhi.disputes.ReceptionRequest;
import org.fazhi.disputes.ReplyOutcome;
import org.fazhi.disputes.PetitionReplyRequest;
import org.fazhi.disputes.PersonRevealRequest;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 信访 (/console/disputes/petitions): the petitions of the user's units (petitioners masked) with the
 * registration form, a petition's page — the guide, its deadlines on the 督办台, the petitioner's review
 * window once replied, each step the guide allows — and the leaders' reception days
 * (/console/disputes/receptions).
 */
@Controller
@RequestMapping("/console/disputes")
@Allowed.Staff
class PetitionPages {

    private final Petitions petitions;
    private final DisputesViews views;
    private final Validator validator;

    PetitionPages(Petitions petitions, DisputesViews views, Validator validator) {
        this.petitions = petitions;
        this.views = views;
        this.validator = validator;
    }

    @GetMapping("/petitions")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) PetitionStatus status,
            Model model) {
        return listPage(views.year(year), status, model, views.empty("receivedOn", views.today().toString(),
                "groupSize", "1", "unitId", String.valueOf(views.home())));
    }

    @PostMapping("/petitions")
    @Allowed.Drafters
    String register(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = views.form("petition", params);
        PetitionRequest r = form.valid(new PetitionRequest(form.id("unitId"), form.date("receivedOn"),
                form.choice("channel", PetitionChannel.class), form.text("petitionerName"), form.text("idNumber"),
                form.text("phone"), form.text("address"), form.integer("groupSize"), form.text("subject"),
                form.text("requestText")), validator);
        return FormAction.act(form, redirect, () -> {
            Petition p = petitions.register(r);
            return new FormAction.Done(views.text("disputes.flash.petition", p.petitionNo()),
                    "/console/disputes/petitions/" + p.id());
        }, () -> listPage(views.year(null), null, model, form));
    }

    private String listPage(int year, PetitionStatus status, Model model, FormInput form) {
        List<Petition> list = petitions.list(null, year, status);
        model.addAttribute("petitions", list);
        model.addAttribute("names", views.names(list.stream().map(Petition::unitId).toList()));
        model.addAttribute("year", year);
        model.addAttribute("years", views.years());
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("statuses", views.choices(PetitionStatus.class, "disputes.petition-status."));
        model.addAttribute("channels", views.choices(PetitionChannel.class, "disputes.channel."));
        model.addAttribute("unitChoices", views.unitChoices());
        model.addAttribute("today", views.today());
        form.addTo(model);
        return "disputes/petitions";
    }

    @GetMapping("/petitions/{id}")
    String petition(@PathVariable long id, Model model) {
        String today = views.today().toString();
        return page(id, model, views.empty("decidedOn", today, "approvedOn", today, "repliedOn", today), null);
    }

    @PostMapping("/petitions/{id}/acceptance")
    @Allowed.Drafters
    String accept(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("decision", params);
        PetitionDecisionRequest r = decision(form);
        return step(id, form, redirect, model, () -> petitions.accept(id, r), "disputes.flash.petition-accepted");
    }

    @PostMapping("/petitions/{id}/non-acceptance")
    @Allowed.Drafters
    String decline(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("non-acceptance", params);
        PetitionDecisionRequest r = decision(form);
        return step(id, form, redirect, model, () -> petitions.decline(id, r), "disputes.flash.petition-declined");
    }

    @PostMapping("/petitions/{id}/transfer")
    @Allowed.Drafters
    String transfer(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("transfer", params);
        PetitionDecisionRequest r = decision(form);
        return step(id, form, redirect, model, () -> petitions.transfer(id, r), "disputes.flash.petition-transferred");
    }

    private PetitionDecisionRequest decision(FormInput form) {
        return form.valid(new PetitionDecisionRequest(form.date("decidedOn"), form.text("reason"),
                form.text("transferredTo"), form.integer("version")), validator);
    }

    @PostMapping("/petitions/{id}/extension")
    @Allowed.Drafters
    String extend(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("extension", params);
        PetitionExtensionRequest r = form.valid(new PetitionExtensionRequest(form.date("approvedOn"), form.text("reason"),
                form.integer("version")), validator);
        return step(id, form, redirect, model, () -> petitions.extend(id, r), "disputes.flash.petition-extended");
    }

    @PostMapping("/petitions/{id}/reply")
    @Allowed.Drafters
    String reply(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("reply", params);
        PetitionReplyRequest r = form.valid(new PetitionReplyRequest(form.date("repliedOn"), form.choice("outcome", ReplyOutcome.class),
                form.text("text"), form.integer("version")), validator);
        return step(id, form, redirect, model, () -> petitions.reply(id, r), "disputes.flash.petition-replied");
    }

    @PostMapping("/petitions/{id}/reveal")
    @Allowed.Drafters
    String reveal(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        FormInput form = views.form("reveal", params);
        PersonRevealRequest r = form.valid(new PersonRevealRequest(form.text("reason")), validator);
        Petition revealed = form.ok() ? petitions.reveal(id, r) : null;
        return page(id, model, form, revealed);
    }

    private String step(long id, FormInput form, RedirectAttributes redirect, Model model, Supplier<Petition> step,
            String flash) {
        return FormAction.act(form, redirect, "/console/disputes/petitions/" + id, () -> {
            step.get();
            return views.text(flash);
        }, () -> page(id, model, form, null));
    }

    private String page(long id, Model model, FormInput form, Petition revealed) {
        PetitionOverview o = petitions.overview(id);
        model.addAttribute("o", o);
        model.addAttribute("p", o.petition());
        model.addAttribute("guide", views.guide(o.guide()));
        model.addAttribute("revealed", revealed);
        model.addAttribute("outcomes", views.choices(ReplyOutcome.class, "disputes.reply-outcome."));
        form.addTo(model);
        return "disputes/petition";
    }

    // ----- reception days -----

    @GetMapping("/receptions")
    String receptions(@RequestParam(required = false) Integer year, Model model) {
        return receptionsPage(views.year(year), model, views.empty("heldOn", views.today().toString(), "unitId",
                String.valueOf(views.home())));
    }

    @PostMapping("/receptions")
    @Allowed.Drafters
    String addReception(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = views.form("reception", params);
        ReceptionRequest r = form.valid(new ReceptionRequest(form.id("unitId"), form.date("heldOn"),
                form.text("leaderName"), form.text("leaderPost"), form.text("place"), form.integer("visitors"),
                form.integer("matters"), form.integer("resolved"), form.text("notes")), validator);
        return FormAction.act(form, redirect, "/console/disputes/receptions", () -> {
            petitions.addReception(r);
            return views.text("disputes.flash.reception");
        }, () -> receptionsPage(views.year(null), model, form));
    }

    private String receptionsPage(int year, Model model, FormInput form) {
        List<ReceptionDay> days = petitions.receptions(null, year);
        model.addAttribute("days", days);
        model.addAttribute("names", views.names(days.stream().map(ReceptionDay::unitId).toList()));
        model.addAttribute("year", year);
        model.addAttribute("years", views.years());
        model.addAttribute("unitChoices", views.unitChoices());
        form.addTo(model);
        return "disputes/receptions";
    }
}
