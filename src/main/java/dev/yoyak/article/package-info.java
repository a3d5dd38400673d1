/**
 * The ground floor: the words every layer shares (request options, the answer and its parts, progress events,
 * the failures the layers report). It imports no other yoyak package, so any layer may use it.
 */
package dev.yoyak.article;
