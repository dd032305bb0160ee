package org.fazhi.shared.web;

import java.util.function.Supplier;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a console form posts a step, written once for every module: when the form's values are valid,
 * take the step; on success flash its message and redirect (post/redirect/get); when the law refuses
 * the step, the input is invalid or someone else changed the record meanwhile, show the reason beside
 * the form with what the user typed, by rendering the page again.
 */
public final class FormAction {

    private FormAction() {
    }

    /**
     * @param form     the form as typed (its own errors already added)
     * @param redirect flash attributes of the redirect
     * @param target   where to go on success, e.g. "/console/normdocs/7#consultation"
     * @param step     takes the step and returns the success message
     * @param page     renders the page again with the form's errors (returns the view name)
     */
    public static String act(FormInput form, RedirectAttributes redirect, String target, Supplier<String> step,
            Supplier<String> page) {
        return act(form, redirect, () -> new Done(step.get(), target), page);
    }

    /** A step taken: the message to flash and where to go (when the target depends on the step). */
    public record Done(String message, String target) {
    }

    /** As {@link #act(FormInput, RedirectAttributes, String, Supplier, Supplier)}, the step naming the target. */
    public static String act(FormInput form, RedirectAttributes redirect, Supplier<Done> step, Supplier<String> page) {
        if (form.ok()) {
            try {
                Done done = step.get();
                redirect.addFlashAttribute("flashSuccess", done.message());
                return "redirect:" + done.target();
            } catch (RefusedException | InvalidInputException | OptimisticLockingFailureException e) {
                form.error(e);
            }
        }
        return page.get();
    }
}
