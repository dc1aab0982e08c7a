package com.consort.server.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * Marks a controller of HTML pages (named {@code XxxPage}, in the package of the feature it serves): it
 * is a {@link Controller}, and its models get what the layout needs ({@link PageModel}). Its views are
 * templates under {@code templates/<feature>/} that call {@code <@layout.page>} from {@code web/layout.ftlh}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Controller
public @interface WebPage {
}
