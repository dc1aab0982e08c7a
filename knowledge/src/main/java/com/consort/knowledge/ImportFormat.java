package com.consort.knowledge;

/** The two shapes of a directory or CRM file: CSV with a header row, or JSON Lines. */
public enum ImportFormat { CSV, JSONL }
