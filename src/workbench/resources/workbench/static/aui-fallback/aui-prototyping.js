/*
 * Guildhall workbench: a tiny stand-in for AUI's AJS, used only when node_modules/@atlassian/aui is missing.
 * AJS.format follows AUI: {0} placeholders, '' for a quote, and {0,choice,0#none|1#one|1<{0} many}.
 */
(function () {
    'use strict';
    var AJS = window.AJS = window.AJS || {};

    function choose(value, options) {
        var chosen = '';
        options.split('|').forEach(function (option) {
            var match = /^(-?\d+(?:\.\d+)?)([#<])(.*)$/.exec(option);
            if (!match) {
                return;
            }
            var limit = parseFloat(match[1]);
            if ((match[2] === '#' && value >= limit) || (match[2] === '<' && value > limit)) {
                chosen = match[3];
            }
        });
        return chosen;
    }

    AJS.format = function (pattern) {
        var args = Array.prototype.slice.call(arguments, 1);
        var out = '';
        var i = 0;
        while (i < pattern.length) {
            var c = pattern.charAt(i);
            if (c === '\'') {
                if (pattern.charAt(i + 1) === '\'') {
                    out += '\'';
                    i += 2;
                    continue;
                }
                var end = pattern.indexOf('\'', i + 1);
                end = end < 0 ? pattern.length : end;
                out += pattern.substring(i + 1, end);
                i = end + 1;
                continue;
            }
            if (c === '{') {
                var depth = 1;
                var j = i + 1;
                while (j < pattern.length && depth > 0) {
                    if (pattern.charAt(j) === '{') {
                        depth++;
                    } else if (pattern.charAt(j) === '}') {
                        depth--;
                    }
                    j++;
                }
                var parts = pattern.substring(i + 1, j - 1).split(',');
                var value = args[parseInt(parts[0], 10)];
                if (parts[1] && parts[1].trim() === 'choice') {
                    out += AJS.format.apply(null, [choose(Number(value), parts.slice(2).join(','))].concat(args));
                } else {
                    out += value === undefined ? '' : String(value);
                }
                i = j;
                continue;
            }
            out += c;
            i++;
        }
        return out;
    };

    AJS.I18n = AJS.I18n || {};
    AJS.I18n.getText = function (key) {
        return key;
    };

    AJS.escapeHtml = function (text) {
        return String(text).replace(/[&<>"']/g, function (c) {
            return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;'}[c];
        });
    };
}());
