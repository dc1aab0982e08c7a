/**
 * The application at the top of the module graph, with no door of its own: {@link
 * com.consort.server.ConsortApplication} starts Spring Boot over the library modules, and the feature packages below
 * it hold the web adapters (REST controllers and pages) beside the feature they serve, the interop endpoints
 * ({@code openai}, {@code mcp}) and the platform layer ({@code security}, {@code audit}, {@code accounts},
 * {@code access}, {@code notify}). It uses each library module only through that module's door.
 */
package com.consort.server;
