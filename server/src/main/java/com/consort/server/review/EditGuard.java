package com.consort.server.review;

import com.consort.studio.Draft;
import com.consort.studio.DraftView;
import com.consort.studio.Drafts;
import java.util.Set;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Ties the studio's versioning to the review workflow without the studio knowing about it: every new
 * version of a draft (edit or regenerate, through any endpoint) is refused for a rejected, archived or
 * expired draft, and sends a draft that was in review, approved or published back to draft, so the new
 * version needs its own approval (the approved version stays recorded).
 */
@Component
class EditGuard implements BeanPostProcessor {

    private static final Set<String> NEW_VERSION = Set.of("edit", "regenerate");
    private final ObjectProvider<Reviews> reviews;

    EditGuard(ObjectProvider<Reviews> reviews) {
        this.reviews = reviews;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof Drafts drafts)) {
            return bean;
        }
        var proxy = new ProxyFactory(drafts);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            if (!NEW_VERSION.contains(invocation.getMethod().getName()) || invocation.getArguments().length == 0
                    || !(invocation.getArguments()[0] instanceof String draftId)) {
                return invocation.proceed();
            }
            ReviewState before = drafts.find(draftId).map(Draft::status).map(ReviewState::of).orElse(null);
            if (before != null && !before.editable()) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "The draft is " + before.code()
                        + ": it cannot get a new version");
            }
            Object result = invocation.proceed();
            if (before != null && before != ReviewState.DRAFT) {
                reviews.getObject().reopenAfterEdit(draftId, before);
                if (result instanceof DraftView view) {
                    // the caller sees the draft as it now is: back in draft
                    return new DraftView(drafts.find(draftId).orElse(view.draft()), view.version());
                }
            }
            return result;
        });
        return proxy.getProxy(drafts.getClass().getClassLoader());
    }
}
