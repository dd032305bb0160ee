package org.fazhi.publicity.internal;

import org.fazhi.publicity.LawExam;
import org.fazhi.publicity.PublicityActivity;
import org.fazhi.publicity.Publicity;
import org.fazhi.publicity.TrainingSession;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Component;

/**
 * Who may see an activity, a session or an exam: the scope of the organising unit (a township sees its
 * own and its villages', the county all). Everyone else gets 404.
 */
@Component
public class PublicityAccess {

    private final PublicityStore store;
    private final DataScope scope;

    PublicityAccess(PublicityStore store, DataScope scope) {
        this.store = store;
        this.scope = scope;
    }

    public PublicityActivity requireActivity(long id) {
        return visible(store.activity(id).orElse(null), id);
    }

    public PublicityActivity lockActivity(long id) {
        return visible(store.lockActivity(id).orElse(null), id);
    }

    private PublicityActivity visible(PublicityActivity a, long id) {
        if (a == null || !scope.canSee(a.unitId())) {
            throw new NotFoundException(PublicityActivity.SUBJECT.name(), id);
        }
        return a;
    }

    public TrainingSession requireTraining(long id) {
        TrainingSession t = store.training(id).orElse(null);
        if (t == null || !scope.canSee(t.unitId())) {
            throw new NotFoundException(Publicity.TRAINING.name(), id);
        }
        return t;
    }

    public LawExam requireExam(long id) {
        LawExam e = store.exam(id).orElse(null);
        if (e == null || !scope.canSee(e.unitId())) {
            throw new NotFoundException(Publicity.EXAM.name(), id);
        }
        return e;
    }
}
