/*
 * Shared by the question page and the ask form: JSON calls to the Guildhall REST API, field errors shown next to
 * their fields, and the debounced Markdown preview (the server renders and sanitises; only its HTML is inserted).
 * Text from users is inserted with textContent only.
 */
(function () {
    'use strict';
    if (window.GuildhallQa) {
        return;
    }

    function contextPath() {
        return (window.AJS && typeof AJS.contextPath === 'function') ? AJS.contextPath() : '';
    }

    /**
     * @param contentType when given, {@code body} is sent as it is (e.g. a File) with that type; otherwise as JSON
     * @return a promise of the parsed JSON (null when empty); rejects with an Error carrying status, body
     */
    function request(method, path, body, contentType) {
        var options = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (body !== undefined) {
            options.headers['Content-Type'] = contentType || 'application/json';
            options.body = contentType ? body : JSON.stringify(body);
        }
        return fetch(contextPath() + '/rest/guildhall/1.0' + path, options).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try {
                    json = text ? JSON.parse(text) : null;
                } catch (notJson) {
                    json = null;
                }
                if (!response.ok) {
                    var failure = new Error(json && json.message ? json.message : 'HTTP ' + response.status);
                    failure.status = response.status;
                    failure.body = json;
                    throw failure;
                }
                return json;
            });
        });
    }

    function debounce(action, wait) {
        var timer = null;
        return function () {
            var args = arguments;
            clearTimeout(timer);
            timer = setTimeout(function () {
                action.apply(null, args);
            }, wait);
        };
    }

    function clearErrors(form) {
        Array.prototype.forEach.call(form.querySelectorAll('.error[data-field]'), function (node) {
            node.textContent = '';
        });
    }

    /** Puts each field error next to its field; the rest goes into the message area. */
    function showFailure(form, messages, failure) {
        var errors = failure.body && failure.body.errors ? failure.body.errors : {};
        var placed = false;
        Object.keys(errors).forEach(function (field) {
            var node = form && form.querySelector('.error[data-field="' + field + '"]');
            if (node) {
                node.textContent = errors[field];
                placed = true;
            }
        });
        if (messages) {
            messages.textContent = '';
            var box = document.createElement('div');
            box.className = 'aui-message aui-message-error';
            var text = document.createElement('p');
            text.textContent = AJS.I18n.getText('guildhall.qa.failed') + ' ' + failure.message;
            box.appendChild(text);
            messages.appendChild(box);
        }
        var first = form && form.querySelector('.error[data-field]:not(:empty)');
        if (placed && first) {
            var field = form.querySelector('[name="' + first.getAttribute('data-field') + '"]');
            if (field) {
                field.focus();
            }
        }
    }

    function bindPreview(textarea) {
        var target = document.getElementById(textarea.getAttribute('data-preview'));
        if (!target || textarea.getAttribute('data-preview-bound')) {
            return;
        }
        textarea.setAttribute('data-preview-bound', 'true');
        var update = debounce(function () {
            if (!textarea.value.trim()) {
                target.textContent = '';
                return;
            }
            request('POST', '/markdown/preview', {markdown: textarea.value}).then(function (json) {
                target.innerHTML = json.html; // sanitised by the server's PostRenderer
            }).catch(function () {
                target.textContent = AJS.I18n.getText('guildhall.qa.preview-failed');
            });
        }, 400);
        textarea.addEventListener('input', update);
    }

    function bindPreviews() {
        Array.prototype.forEach.call(document.querySelectorAll('textarea.guildhall-markdown[data-preview]'), bindPreview);
    }

    /** @return the topics typed, split on commas and spaces */
    function topicsOf(value) {
        return value.split(/[,\s]+/).map(function (topic) {
            return topic.trim();
        }).filter(function (topic) {
            return topic.length > 0;
        });
    }

    window.GuildhallQa = {
        contextPath: contextPath,
        request: request,
        debounce: debounce,
        clearErrors: clearErrors,
        showFailure: showFailure,
        topicsOf: topicsOf
    };

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', bindPreviews);
    } else {
        bindPreviews();
    }
}());
