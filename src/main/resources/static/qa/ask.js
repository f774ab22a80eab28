/*
 * guildhall-ask: similar questions while the title is typed (GET /questions/similar; the list stays hidden when the
 * endpoint is missing or finds nothing), topic suggestions (GET /topics?query=), the Markdown preview (qa-rest.js),
 * and posting (POST /questions), after which the new question's page opens.
 */
(function () {
    'use strict';
    var qa = window.GuildhallQa;

    function showSimilar(section, title) {
        var box = section.querySelector('.guildhall-similar');
        var list = box.querySelector('.guildhall-similar-list');
        if (title.trim().length < 4) {
            box.hidden = true;
            list.textContent = '';
            return;
        }
        qa.request('GET', '/questions/similar?title=' + encodeURIComponent(title) + '&community='
            + encodeURIComponent(section.getAttribute('data-space-key')) + '&limit=5').then(function (json) {
            var results = (json && json.results) || [];
            list.textContent = '';
            results.forEach(function (suggestion) {
                var item = document.createElement('li');
                var link = document.createElement('a');
                link.href = suggestion.url;
                link.target = '_blank';
                link.rel = 'noopener';
                link.textContent = suggestion.title;
                item.appendChild(link);
                var facts = document.createElement('span');
                facts.className = 'guildhall-similar-facts';
                facts.textContent = ' · ' + AJS.I18n.getText('guildhall.ask.similar.answers', suggestion.answerCount || 0);
                item.appendChild(facts);
                if (suggestion.accepted) {
                    var accepted = document.createElement('span');
                    accepted.className = 'aui-lozenge aui-lozenge-success';
                    accepted.textContent = AJS.I18n.getText('guildhall.questions.accepted');
                    item.appendChild(document.createTextNode(' '));
                    item.appendChild(accepted);
                }
                list.appendChild(item);
            });
            box.hidden = results.length === 0;
        }).catch(function () {
            // no similar-question service (yet), or the title is not accepted: asking works without it
            box.hidden = true;
        });
    }

    function lastToken(value) {
        var parts = value.split(',');
        return parts[parts.length - 1].trim();
    }

    function replaceLastToken(input, topic) {
        var parts = input.value.split(',');
        parts[parts.length - 1] = ' ' + topic;
        input.value = parts.map(function (part) {
            return part.trim();
        }).filter(function (part) {
            return part.length > 0;
        }).join(', ') + ', ';
    }

    function showTopics(section, input) {
        var list = section.querySelector('.guildhall-topic-suggestions');
        var token = lastToken(input.value).toLowerCase();
        var chosen = qa.topicsOf(input.value.toLowerCase());
        var render = function (names) {
            list.textContent = '';
            names.filter(function (name) {
                return chosen.indexOf(name) < 0 || name === token;
            }).slice(0, 8).forEach(function (name) {
                var item = document.createElement('li');
                var add = document.createElement('button');
                add.type = 'button';
                add.className = 'aui-button aui-button-subtle';
                add.textContent = AJS.I18n.getText('guildhall.ask.add-topic', name);
                add.addEventListener('click', function () {
                    replaceLastToken(input, name);
                    list.textContent = '';
                    input.focus();
                });
                item.appendChild(add);
                list.appendChild(item);
            });
        };
        var own = (section.getAttribute('data-community-topics') || '').split(' ').filter(function (name) {
            return name && name.indexOf(token) === 0;
        });
        if (!token) {
            render(own);
            return;
        }
        qa.request('GET', '/topics?query=' + encodeURIComponent(token)).then(function (json) {
            var found = (Array.isArray(json) ? json : ((json && json.results) || [])).map(function (topic) {
                return typeof topic === 'string' ? topic : topic.name;
            });
            render(own.concat(found.filter(function (name) {
                return own.indexOf(name) < 0;
            })));
        }).catch(function () {
            render(own);
        });
    }

    function submit(section, form) {
        var button = form.querySelector('button[type=submit]');
        var messages = form.querySelector('.guildhall-ask-messages');
        qa.clearErrors(form);
        messages.textContent = '';
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        qa.request('POST', '/questions', {
            community: section.getAttribute('data-space-key'),
            title: form.querySelector('[name=title]').value,
            body: form.querySelector('[name=body]').value,
            topics: qa.topicsOf(form.querySelector('[name=topics]').value)
        }).then(function (question) {
            window.location.assign(question.url
                || qa.contextPath() + '/plugins/servlet/guildhall/questions/' + question.id);
        }).catch(function (failure) {
            button.disabled = false;
            button.removeAttribute('aria-busy');
            qa.showFailure(form, messages, failure);
        });
    }

    var similar = qa.debounce(showSimilar, 300);
    var topics = qa.debounce(showTopics, 200);

    document.addEventListener('input', function (event) {
        var section = event.target.closest && event.target.closest('.guildhall-ask');
        if (!section) {
            return;
        }
        if (event.target.classList.contains('guildhall-ask-title')) {
            similar(section, event.target.value);
        } else if (event.target.classList.contains('guildhall-ask-topics')) {
            topics(section, event.target);
        }
    });

    document.addEventListener('focusin', function (event) {
        if (event.target.classList && event.target.classList.contains('guildhall-ask-topics')) {
            showTopics(event.target.closest('.guildhall-ask'), event.target);
        }
    });

    document.addEventListener('submit', function (event) {
        var section = event.target.closest && event.target.closest('.guildhall-ask');
        if (section) {
            event.preventDefault();
            submit(section, event.target);
        }
    });
}());
