/* The expertise page: "why" explanations, the endorse dialog and the profile form, all through the REST API. */
(function () {
    'use strict';

    var REST = (window.AJS && AJS.contextPath ? AJS.contextPath() : '') + '/rest/guildhall/1.0';

    function send(method, path, body) {
        return fetch(REST + path, {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify(body)
        }).then(function (response) {
            return response.text().then(function (text) {
                return {ok: response.ok, status: response.status, json: text ? JSON.parse(text) : {}};
            });
        });
    }

    function say(page, text) {
        page.querySelector('.guildhall-person-messages').textContent = text;
    }

    function firstError(result) {
        var errors = result.json.errors || {};
        var keys = Object.keys(errors);
        return keys.length ? errors[keys[0]] : (result.json.message || String(result.status));
    }

    /** Appends the next page of the person's answers; focus moves to the first new one. */
    function showMoreAnswers(page, button) {
        button.disabled = true;
        fetch(REST + '/people/' + encodeURIComponent(page.getAttribute('data-user-key')) + '/answers?cursor='
            + encodeURIComponent(button.getAttribute('data-cursor')), {
            credentials: 'same-origin',
            headers: {'Accept': 'application/json'}
        }).then(function (response) {
            return response.json().then(function (json) {
                return {ok: response.ok, status: response.status, json: json};
            });
        }).then(function (result) {
            if (!result.ok) {
                say(page, firstError(result));
                button.disabled = false;
                return;
            }
            var list = page.querySelector('.guildhall-recent-answers');
            var first = null;
            result.json.answers.forEach(function (answer) {
                var item = document.createElement('li');
                var link = document.createElement('a');
                link.href = answer.url;
                link.textContent = answer.title;
                item.appendChild(link);
                list.appendChild(item);
                first = first || link;
            });
            if (result.json.nextCursor) {
                button.setAttribute('data-cursor', result.json.nextCursor);
                button.disabled = false;
            } else {
                button.remove();
            }
            if (first) {
                first.focus();
            }
        });
    }

    document.addEventListener('click', function (event) {
        var page = document.querySelector('.guildhall-person');
        if (!page) {
            return;
        }
        var more = event.target.closest('.guildhall-recent-answers-more');
        if (more) {
            showMoreAnswers(page, more);
            return;
        }
        var toggle = event.target.closest('.guildhall-why-toggle');
        if (toggle) {
            var panel = document.getElementById(toggle.getAttribute('aria-controls'));
            var open = toggle.getAttribute('aria-expanded') !== 'true';
            toggle.setAttribute('aria-expanded', String(open));
            panel.hidden = !open;
            return;
        }
        var dialog = document.getElementById('guildhall-endorse-dialog');
        if (event.target.closest('.guildhall-endorse-open')) {
            dialog.hidden = false;
            dialog.setAttribute('open', 'open');
            document.getElementById('guildhall-endorse-evidence').focus();
            return;
        }
        if (event.target.closest('.guildhall-endorse-cancel')) {
            dialog.hidden = true;
            dialog.removeAttribute('open');
            page.querySelector('.guildhall-endorse-open').focus();
            return;
        }
        if (event.target.closest('.guildhall-endorse-submit')) {
            var select = document.getElementById('guildhall-endorse-evidence');
            var option = select.options[select.selectedIndex];
            var error = document.getElementById('guildhall-endorse-error');
            if (!option) {
                error.textContent = AJS.I18n.getText('guildhall.expertise.endorse.no-evidence');
                return;
            }
            send('POST', '/people/' + encodeURIComponent(page.getAttribute('data-user-key')) + '/endorsements',
                {topic: option.getAttribute('data-topic'), evidence: {type: 'answer', id: Number(option.value)}})
                .then(function (result) {
                    if (result.ok) {
                        window.location.reload();
                    } else {
                        error.textContent = firstError(result);
                    }
                });
        }
    });

    document.addEventListener('keydown', function (event) {
        var dialog = document.getElementById('guildhall-endorse-dialog');
        if (event.key === 'Escape' && dialog && !dialog.hidden) {
            dialog.hidden = true;
            dialog.removeAttribute('open');
            document.querySelector('.guildhall-endorse-open').focus();
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target.closest('.guildhall-profile-form');
        if (!form) {
            return;
        }
        event.preventDefault();
        var skills = [];
        form.querySelectorAll('.guildhall-skill-row').forEach(function (row) {
            var topic = row.querySelector('input[name=topic]').value.trim();
            if (topic) {
                skills.push({topic: topic, level: row.querySelector('select[name=level]').value});
            }
        });
        var availability = form.querySelector('[name=availability]').value;
        var busyUntil = form.querySelector('[name=busyUntil]').value;
        send('PUT', '/people/me/profile', {
            skills: skills,
            askMeAbout: form.querySelector('[name=askMeAbout]').value,
            availability: availability,
            busyUntil: availability === 'busy' ? busyUntil : null
        }).then(function (result) {
            var page = document.querySelector('.guildhall-person');
            form.querySelectorAll('.error').forEach(function (element) {
                element.textContent = '';
            });
            if (result.ok) {
                window.location.reload();
                return;
            }
            var errors = result.json.errors || {};
            Object.keys(errors).forEach(function (field) {
                var target = field.indexOf('skills') === 0 ? 'guildhall-skills-error'
                    : field === 'askMeAbout' ? 'guildhall-ask-me-about-error' : 'guildhall-availability-error';
                document.getElementById(target).textContent = errors[field];
            });
            say(page, firstError(result));
        });
    });
}());
