/**
 * Validation of well-formed records: whether an {@link io.github.newsevents.model.Extraction} is
 * plausible, as opposed to buildable. The model's builders already refuse meaningless values (a
 * blank name, an end before a start) by throwing; here every implausibility (a meeting of one
 * person, a HELD meeting dated after the article, a speaker id no actor has, a country code ISO
 * never assigned) is a {@link io.github.newsevents.validate.Violation} with a path, a stable code, a
 * message and a {@link io.github.newsevents.validate.Severity}, and all of them come back at once in
 * a {@link io.github.newsevents.validate.ValidationResult}. {@link
 * io.github.newsevents.validate.Validators#standard()} and {@link
 * io.github.newsevents.validate.Validators#strict()} are the presets; add your own {@link
 * io.github.newsevents.validate.Rule}s or switch rules off by code. Only {@link
 * io.github.newsevents.validate.Validator#requireValid(Object)} throws for invalid data, with a
 * {@link io.github.newsevents.validate.ValidationException}. Every type here is immutable or
 * stateless and safe to share between threads; no method accepts null.
 */
package io.github.newsevents.validate;
