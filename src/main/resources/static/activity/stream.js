/*
 * The activity stream (guildhall-activity macro, community overview): "Show more" loads the next page of the same
 * stream and appends it; the filter bar (kind, topic, following only) loads the first page of the narrowed stream.
 * The macro's fixed filters and the reader's filter are kept on the section's data attributes, so "Show more" never
 * mixes two streams. Text is inserted with textContent only, never as HTML. Times show the exact local time on hover.
 */
(function () {
    'use strict';

    var PAGE_PATH = '/rest/guildhall/1.0/activity';
    var element = Guildhall.element;
    var setBusy = Guildhall.setBusy;
    var showFieldErrors = Guildhall.showFieldErrors;

    /** The exact time in the reader's own time zone and language, on hover. */
    function localiseTime(time) {
        var date = new Date(time.getAttribute('datetime'));
        if (!isNaN(date.getTime())) {
            time.title = date.toLocaleString(document.documentElement.lang || undefined);
        }
    }

    function item(entry) {
        var node = element('li', 'guildhall-activity-item');
        node.setAttribute('data-kind', entry.kind);
        var line = element('p', 'guildhall-activity-line');
        line.appendChild(element('span', 'guildhall-activity-summary', entry.summary));
        line.appendChild(document.createTextNode(' '));
        var link = element('a', null, entry.title);
        link.href = entry.url;
        line.appendChild(link);
        if (entry.communityName) {
            line.appendChild(document.createTextNode(' '));
            line.appendChild(element('span', 'guildhall-activity-community',
                AJS.I18n.getText('guildhall.activity.in-community', entry.communityName)));
        }
        node.appendChild(line);
        if (entry.excerpt) {
            node.appendChild(element('p', 'guildhall-activity-excerpt', entry.excerpt));
        }
        var time = element('time', 'guildhall-activity-time', entry.relativeTime);
        time.setAttribute('datetime', entry.occurredAt);
        time.title = entry.exactTime;
        localiseTime(time);
        node.appendChild(time);
        return node;
    }

    /** The URL of one page: the macro's fixed filters, the reader's filter, the cursor; empty values left out. */
    function pageUrl(stream, cursor) {
        var kinds = stream.getAttribute('data-kind') || stream.getAttribute('data-kinds') || '';
        var topics = stream.getAttribute('data-topic') || stream.getAttribute('data-topics') || '';
        var parameters = {
            community: stream.getAttribute('data-communities') || '',
            user: stream.getAttribute('data-people') || '',
            topic: topics,
            kind: kinds,
            following: stream.getAttribute('data-following') === 'true' ? 'true' : '',
            limit: stream.getAttribute('data-limit'),
            cursor: cursor || ''
        };
        return Guildhall.contextPath() + PAGE_PATH + '?' + Guildhall.queryString(parameters);
    }

    function showMore(stream, page) {
        stream.setAttribute('data-next-cursor', page.nextCursor || '');
        stream.querySelector('.guildhall-activity-more').hidden = !page.nextCursor;
    }

    function announce(stream, page) {
        var shown = stream.querySelectorAll('.guildhall-activity-items > .guildhall-activity-item').length;
        stream.querySelector('.guildhall-activity-status').textContent = page.nextCursor
            ? AJS.I18n.getText('guildhall.activity.results.more', shown)
            : AJS.I18n.getText('guildhall.activity.results', shown);
    }

    function loadMore(stream, button) {
        var status = stream.querySelector('.guildhall-activity-status');
        var list = stream.querySelector('.guildhall-activity-items');
        setBusy(button, true);
        status.textContent = AJS.I18n.getText('guildhall.activity.loading');
        Guildhall.fetchJson(pageUrl(stream, stream.getAttribute('data-next-cursor')))
            .then(function (page) {
                var firstNew = null;
                page.entries.forEach(function (entry) {
                    var node = item(entry);
                    firstNew = firstNew || node;
                    list.appendChild(node);
                });
                setBusy(button, false);
                showMore(stream, page);
                announce(stream, page);
                if (firstNew) {
                    firstNew.querySelector('a').focus();
                }
            })
            .catch(function () {
                status.textContent = AJS.I18n.getText('guildhall.activity.load-failed');
                setBusy(button, false);
            });
    }

    /** After filtering by a topic, offers to follow it (logged-in readers only; the button is not there otherwise). */
    function offerToFollow(stream, topic) {
        var button = stream.querySelector('.guildhall-activity-follow-topic');
        if (!button) {
            return;
        }
        button.hidden = !topic;
        button.setAttribute('data-topic', topic);
        button.setAttribute('aria-pressed', 'false');
        button.textContent = AJS.I18n.getText('guildhall.activity.follow-topic', topic);
    }

    function followTopic(stream, button) {
        var topic = button.getAttribute('data-topic');
        var status = stream.querySelector('.guildhall-activity-status');
        setBusy(button, true);
        Guildhall.fetchJson(Guildhall.contextPath() + '/rest/guildhall/1.0/follows/topic/' + encodeURIComponent(topic), {
            method: 'PUT',
            headers: {'Accept': 'application/json', 'Content-Type': 'application/json'},
            body: '{}'
        }).then(function (follow) {
            setBusy(button, false);
            button.setAttribute('aria-pressed', 'true');
            button.textContent = AJS.I18n.getText('guildhall.activity.following-topic', follow.id);
            status.textContent = AJS.I18n.getText('guildhall.activity.following-topic', follow.id);
        }).catch(function () {
            setBusy(button, false);
            status.textContent = AJS.I18n.getText('guildhall.activity.follow-failed');
        });
    }

    function filter(stream, form) {
        var status = stream.querySelector('.guildhall-activity-status');
        var submit = form.querySelector('button[type="submit"]');
        var following = form.elements.following;
        stream.setAttribute('data-kind', form.elements.kind.value);
        stream.setAttribute('data-topic', form.elements.topic.value.trim());
        if (following) {
            stream.setAttribute('data-following', following.checked ? 'true' : 'false');
        }
        var token = (stream.guildhallToken || 0) + 1;
        stream.guildhallToken = token;
        setBusy(submit, true);
        showFieldErrors(form, {});
        Guildhall.fetchJson(pageUrl(stream, ''))
            .then(function (page) {
                if (stream.guildhallToken !== token) {
                    return;
                }
                var list = stream.querySelector('.guildhall-activity-items');
                list.textContent = '';
                page.entries.forEach(function (entry) {
                    list.appendChild(item(entry));
                });
                stream.querySelector('.guildhall-activity-empty').hidden = true;
                setBusy(submit, false);
                showMore(stream, page);
                announce(stream, page);
                offerToFollow(stream, stream.getAttribute('data-topic'));
                if (!page.entries.length) {
                    status.textContent = AJS.I18n.getText('guildhall.activity.no-match');
                }
            })
            .catch(function (problem) {
                if (stream.guildhallToken !== token) {
                    return;
                }
                setBusy(submit, false);
                if (!showFieldErrors(form, problem && problem.errors)) {
                    status.textContent = AJS.I18n.getText('guildhall.activity.filter.failed');
                }
            });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('.guildhall-activity-more');
        if (button) {
            loadMore(button.closest('.guildhall-activity'), button);
        }
        var follow = event.target.closest && event.target.closest('.guildhall-activity-follow-topic');
        if (follow && follow.getAttribute('aria-pressed') !== 'true') {
            followTopic(follow.closest('.guildhall-activity'), follow);
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target.closest && event.target.closest('.guildhall-activity-filter');
        if (form) {
            event.preventDefault();
            filter(form.closest('.guildhall-activity'), form);
        }
    });

    function localiseAll() {
        Array.prototype.forEach.call(document.querySelectorAll('.guildhall-activity-time'), localiseTime);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', localiseAll);
    } else {
        localiseAll();
    }
}());
