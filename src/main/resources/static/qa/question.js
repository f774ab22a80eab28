/*
 * The question page: votes, answers, comments, edits, accepting, closing, following and deleting through the REST
 * API. After a change the page is loaded again (the server renders the truth) and focus returns to what changed.
 */
(function () {
    'use strict';
    var qa = window.GuildhallQa;

    function page() {
        return document.querySelector('.guildhall-question-page');
    }

    function messages() {
        return document.querySelector('.guildhall-qa-messages');
    }

    /** Loads the page again; the anchor (an element id) is kept in the URL so focus returns to it. */
    function reloadAt(anchor) {
        if (anchor && window.location.hash !== '#' + anchor) {
            history.replaceState(null, '', window.location.pathname + window.location.search + '#' + anchor);
        }
        window.location.reload();
    }

    function vote(button) {
        var box = button.closest('.guildhall-vote');
        var up = button.classList.contains('guildhall-vote-up');
        var current = parseInt(box.getAttribute('data-my-vote'), 10) || 0;
        var value = up ? (current === 1 ? 0 : 1) : (current === -1 ? 0 : -1);
        var path = '/' + box.getAttribute('data-post') + 's/' + box.getAttribute('data-post-id') + '/vote';
        button.disabled = true;
        qa.request('PUT', path, {value: value}).then(function (result) {
            var score = result && typeof result.score === 'number' ? result.score : null;
            box.setAttribute('data-my-vote', String(value));
            var upButton = box.querySelector('.guildhall-vote-up');
            var downButton = box.querySelector('.guildhall-vote-down');
            upButton.setAttribute('aria-pressed', value === 1 ? 'true' : 'false');
            downButton.setAttribute('aria-pressed', value === -1 ? 'true' : 'false');
            if (score !== null) {
                box.querySelector('.guildhall-score').textContent = String(score);
            } else {
                reloadAt(box.getAttribute('data-post') + '-' + box.getAttribute('data-post-id'));
            }
        }).catch(function (failure) {
            qa.showFailure(null, messages(), failure);
        }).then(function () {
            button.disabled = false;
        });
    }

    function act(button) {
        var confirmText = button.getAttribute('data-confirm');
        if (confirmText && !window.confirm(confirmText)) {
            return;
        }
        var method = button.getAttribute('data-method');
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        qa.request(method, button.getAttribute('data-path'), method === 'DELETE' ? undefined : {})
            .then(function () {
                reloadAt(button.getAttribute('data-focus'));
            })
            .catch(function (failure) {
                button.disabled = false;
                button.removeAttribute('aria-busy');
                qa.showFailure(null, messages(), failure);
            });
    }

    function toggle(button) {
        var target = document.getElementById(button.getAttribute('aria-controls'));
        var open = button.getAttribute('aria-expanded') !== 'true';
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        target.hidden = !open;
        if (open) {
            var field = target.querySelector('input:not([type=hidden]), textarea');
            if (field) {
                field.focus();
            }
        }
    }

    /** The JSON each form sends. */
    function bodyOf(form) {
        var kind = form.getAttribute('data-kind');
        var value = function (name) {
            var field = form.querySelector('[name="' + name + '"]');
            return field ? field.value : null;
        };
        if (form.classList.contains('guildhall-close-form')) {
            var checked = form.querySelector('input[name=reason]:checked');
            var duplicateOf = value('duplicateOf');
            return {reason: checked ? checked.value : null, duplicateOf: duplicateOf ? parseInt(duplicateOf, 10) : null};
        }
        if (kind === 'question') {
            return {title: value('title'), body: value('body'), topics: qa.topicsOf(value('topics') || ''),
                revision: parseInt(page().getAttribute('data-revision'), 10)};
        }
        if (kind === 'answer') {
            return {body: value('body'), revision: parseInt(form.getAttribute('data-revision'), 10)};
        }
        return {body: value('body')};
    }

    function submit(form) {
        var button = form.querySelector('button[type=submit]');
        qa.clearErrors(form);
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        qa.request(form.getAttribute('data-method'), form.getAttribute('data-path'), bodyOf(form))
            .then(function (result) {
                var anchor = form.getAttribute('data-focus');
                if (form.classList.contains('guildhall-answer-form') && result && result.answers) {
                    // the response is the question; the new answer is the one with the highest id
                    var newest = result.answers.reduce(function (found, answer) {
                        return found && found.id > answer.id ? found : answer;
                    }, null);
                    anchor = newest ? 'answer-' + newest.id : null;
                }
                reloadAt(anchor);
            })
            .catch(function (failure) {
                button.disabled = false;
                button.removeAttribute('aria-busy');
                qa.showFailure(form, messages(), failure);
            });
    }

    /** Duplicate-of picker: similar questions to the typed title; choosing one fills in its id. */
    function pickDuplicates(input) {
        var form = input.closest('form');
        var list = form.querySelector('.guildhall-duplicate-suggestions');
        var hidden = form.querySelector('input[name=duplicateOf]');
        hidden.value = '';
        var community = page().getAttribute('data-space-key');
        var own = page().getAttribute('data-question-id');
        qa.request('GET', '/questions/similar?title=' + encodeURIComponent(input.value) + '&community='
            + encodeURIComponent(community)).then(function (json) {
            list.textContent = '';
            ((json && json.results) || []).forEach(function (suggestion) {
                if (String(suggestion.id) === own) {
                    return;
                }
                var item = document.createElement('li');
                var choose = document.createElement('button');
                choose.type = 'button';
                choose.className = 'aui-button aui-button-link';
                choose.textContent = suggestion.title;
                choose.addEventListener('click', function () {
                    hidden.value = String(suggestion.id);
                    input.value = suggestion.title;
                    list.textContent = '';
                    input.focus();
                });
                item.appendChild(choose);
                list.appendChild(item);
            });
        }).catch(function () {
            list.textContent = '';
        });
    }

    document.addEventListener('click', function (event) {
        var target = event.target.closest ? event.target.closest('button') : null;
        if (!target || !page() || !page().contains(target)) {
            return;
        }
        if (target.classList.contains('guildhall-vote-up') || target.classList.contains('guildhall-vote-down')) {
            vote(target);
        } else if (target.classList.contains('guildhall-action')) {
            act(target);
        } else if (target.hasAttribute('aria-controls') && target.hasAttribute('aria-expanded')) {
            toggle(target);
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (page() && page().contains(form) && form.hasAttribute('data-path')) {
            event.preventDefault();
            submit(form);
        }
    });

    var similar = qa.debounce(pickDuplicates, 300);
    document.addEventListener('input', function (event) {
        if (event.target.classList && event.target.classList.contains('guildhall-duplicate-picker')) {
            similar(event.target);
        }
    });

    /** After a change the page comes back with #answer-… or #question-…: focus what changed. */
    function focusAnchor() {
        if (window.location.hash.length > 1) {
            var node = document.getElementById(window.location.hash.substring(1));
            if (node) {
                if (!node.hasAttribute('tabindex')) {
                    node.setAttribute('tabindex', '-1');
                }
                node.focus();
            }
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', focusAnchor);
    } else {
        focusAnchor();
    }
}());
