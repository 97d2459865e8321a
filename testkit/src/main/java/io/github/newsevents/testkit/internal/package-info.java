/**
 * Helpers shared by the test kit's packages: JSON written in the layout of Python's {@code
 * json.dumps}, so that files and reports match those of the corpus tools byte for byte. No API
 * promise: anything here may change in any release.
 */
package io.github.newsevents.testkit.internal;
