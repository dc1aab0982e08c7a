package com.consort.studio;

/**
 * Who is behind a subject, for rules about people rather than credentials (two-person approval): the
 * server answers with the user a key was issued to. Without one, every subject is a person of its own.
 */
@FunctionalInterface
public interface Persons {

    String of(String subject);
}
