/*
 * Small helpers the Guildhall scripts share (window.Guildhall): building elements with text only (never HTML),
 * fetching JSON from the app's REST API with the error JSON as the rejection, busy state of a control, and field errors
 * from the API's {"errors":{field:message}} shown next to the form's fields.
 */
(function () {
    'use strict';

    function contextPath() {
        return (window.AJS && typeof AJS.contextPath === 'function') ? AJS.contextPath() : '';
    }

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    }

    /** Resolves with the JSON body, or rejects with the error JSON (or {} when the answer was no JSON). */
    function fetchJson(url, options) {
        var settings = options || {};
        settings.credentials = 'same-origin';
        settings.headers = settings.headers || {'Accept': 'application/json'};
        return fetch(url, settings).then(function (response) {
            if (response.ok) {
                return response.status === 204 ? {} : response.json();
            }
            return response.json().then(function (problem) {
                throw problem;
            }, function () {
                throw {};
            });
        });
    }

    function setBusy(control, busy) {
        control.disabled = busy;
        if (busy) {
            control.setAttribute('aria-busy', 'true');
        } else {
            control.removeAttribute('aria-busy');
        }
    }

    function clearFieldErrors(form) {
        Array.prototype.forEach.call(form.querySelectorAll('.error[data-field]'), function (error) {
            error.textContent = '';
        });
        Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (field) {
            field.removeAttribute('aria-invalid');
        });
    }

    /**
     * Clears the form's field errors, then shows the API's next to their fields and focuses the first.
     * @return true when one of the form's fields was at fault
     */
    function showFieldErrors(form, errors) {
        var first = null;
        clearFieldErrors(form);
        Object.keys(errors || {}).forEach(function (field) {
            var error = form.querySelector('.error[data-field="' + field + '"]');
            var input = form.elements[field];
            if (error && input) {
                error.textContent = errors[field];
                input.setAttribute('aria-invalid', 'true');
                first = first || input;
            }
        });
        if (first) {
            first.focus();
        }
        return first !== null;
    }

    /** A URL's query string from the parameters whose values are not empty, each value encoded. */
    function queryString(parameters) {
        return Object.keys(parameters).filter(function (name) {
            return parameters[name] !== '' && parameters[name] !== null && parameters[name] !== undefined;
        }).map(function (name) {
            return name + '=' + encodeURIComponent(parameters[name]);
        }).join('&');
    }

    window.Guildhall = {
        clearFieldErrors: clearFieldErrors,
        contextPath: contextPath,
        element: element,
        fetchJson: fetchJson,
        queryString: queryString,
        setBusy: setBusy,
        showFieldErrors: showFieldErrors
    };
}());
