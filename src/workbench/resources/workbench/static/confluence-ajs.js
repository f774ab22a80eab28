/*
 * The parts of AJS that Confluence (not AUI) adds: AJS.contextPath() from the page's
 * <meta name="ajs-context-path">. Loaded before AUI (or the workbench's fallback shim): AUI reads
 * AJS.contextPath from the page's AJS when it loads and exposes it as a read-only property.
 */
(function () {
    'use strict';
    var meta = document.querySelector('meta[name="ajs-context-path"]');
    var contextPath = meta ? meta.getAttribute('content') : '';
    window.AJS = window.AJS || {};
    window.AJS.contextPath = function () {
        return contextPath;
    };
}());
