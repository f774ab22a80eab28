/*
 * guildhall-community-directory: the filter bar searches again through the REST API and replaces the cards; "Show
 * more" loads the next page of the same search and appends them. Text is inserted with textContent only, never as
 * HTML. The search in use is kept on the section's data attributes, so "Show more" never mixes two searches.
 */
(function () {
    'use strict';

    var PAGE_PATH = '/rest/guildhall/1.0/communities';
    var element = Guildhall.element;
    var setBusy = Guildhall.setBusy;
    var clearFieldErrors = Guildhall.clearFieldErrors;
    var showFieldErrors = Guildhall.showFieldErrors;
    var fetchPage = Guildhall.fetchJson;


    var visibilityLabels = {
        open: AJS.I18n.getText('guildhall.directory.visibility.open'),
        request: AJS.I18n.getText('guildhall.directory.visibility.request'),
        'private': AJS.I18n.getText('guildhall.directory.visibility.private')
    };

    function card(community) {
        var item = element('li', 'guildhall-card');
        item.setAttribute('data-space-key', community.spaceKey);
        var heading = element('h3', 'guildhall-card-name');
        var link = element('a', null, community.name);
        link.href = community.url;
        heading.appendChild(link);
        item.appendChild(heading);
        if (community.description) {
            item.appendChild(element('p', 'guildhall-card-description', community.description));
        }
        if (community.topics && community.topics.length) {
            var topics = element('ul', 'guildhall-card-topics');
            topics.setAttribute('aria-label', AJS.I18n.getText('guildhall.directory.topics'));
            community.topics.forEach(function (topic) {
                var entry = element('li');
                entry.appendChild(element('span', 'aui-lozenge aui-lozenge-subtle aui-lozenge-complete', topic));
                topics.appendChild(entry);
            });
            item.appendChild(topics);
        }
        var meta = element('p', 'guildhall-card-meta');
        meta.appendChild(element('span', 'aui-lozenge aui-lozenge-subtle', visibilityLabels[community.visibility] || ''));
        meta.appendChild(element('span', 'guildhall-card-members',
            AJS.I18n.getText('guildhall.directory.members', community.memberCount)));
        item.appendChild(meta);
        return item;
    }

    /** The search the directory shows now, as the section's data attributes keep it. */
    function currentSearch(directory) {
        return {
            query: directory.getAttribute('data-query') || '',
            topic: directory.getAttribute('data-topic') || '',
            sort: directory.getAttribute('data-sort') || ''
        };
    }

    /** The URL of one page of a search; empty values are left out. */
    function pageUrl(directory, search, cursor) {
        var parameters = {
            query: search.query,
            topic: search.topic,
            sort: search.sort,
            limit: directory.getAttribute('data-limit'),
            cursor: cursor || ''
        };
        return Guildhall.contextPath() + PAGE_PATH + '?' + Guildhall.queryString(parameters);
    }

    function showMoreButton(directory, page) {
        var button = directory.querySelector('.guildhall-directory-more');
        directory.setAttribute('data-next-cursor', page.nextCursor || '');
        button.hidden = !page.nextCursor;
        return button;
    }

    function announceCount(directory, page) {
        var shown = directory.querySelectorAll('.guildhall-directory-cards > .guildhall-card').length;
        directory.querySelector('.guildhall-directory-status').textContent = page.nextCursor
            ? AJS.I18n.getText('guildhall.directory.results.more', shown)
            : AJS.I18n.getText('guildhall.directory.results', shown);
    }

    function loadMore(directory, button) {
        var status = directory.querySelector('.guildhall-directory-status');
        var list = directory.querySelector('.guildhall-directory-cards');
        setBusy(button, true);
        status.textContent = AJS.I18n.getText('guildhall.directory.loading');
        fetchPage(pageUrl(directory, currentSearch(directory), directory.getAttribute('data-next-cursor')))
            .then(function (page) {
                var firstNew = null;
                page.results.forEach(function (community) {
                    var item = card(community);
                    firstNew = firstNew || item;
                    list.appendChild(item);
                });
                setBusy(button, false);
                showMoreButton(directory, page);
                announceCount(directory, page);
                if (firstNew) {
                    firstNew.querySelector('a').focus();
                }
            })
            .catch(function () {
                status.textContent = AJS.I18n.getText('guildhall.directory.load-failed');
                setBusy(button, false);
            });
    }

    /** Runs the search in the form and replaces the cards with its first page. Focus stays in the form. */
    function search(directory, form) {
        var status = directory.querySelector('.guildhall-directory-status');
        var submit = form.querySelector('button[type="submit"]');
        var wanted = {
            query: form.elements.query.value.trim(),
            topic: form.elements.topic.value.trim(),
            sort: form.elements.sort.value
        };
        // Only the newest search may fill the list, however the answers of earlier ones are delayed.
        var token = (directory.guildhallSearchToken || 0) + 1;
        directory.guildhallSearchToken = token;
        clearFieldErrors(form);
        setBusy(submit, true);
        status.textContent = AJS.I18n.getText('guildhall.directory.filter.searching');
        fetchPage(pageUrl(directory, wanted, ''))
            .then(function (page) {
                if (directory.guildhallSearchToken !== token) {
                    return;
                }
                Object.keys(wanted).forEach(function (name) {
                    directory.setAttribute('data-' + name, wanted[name]);
                });
                var list = directory.querySelector('.guildhall-directory-cards');
                list.textContent = '';
                page.results.forEach(function (community) {
                    list.appendChild(card(community));
                });
                var empty = directory.querySelector('.guildhall-directory-empty');
                if (empty) {
                    empty.parentNode.removeChild(empty);
                }
                directory.querySelector('.guildhall-directory-no-match').hidden = page.results.length > 0;
                setBusy(submit, false);
                showMoreButton(directory, page);
                announceCount(directory, page);
            })
            .catch(function (problem) {
                if (directory.guildhallSearchToken !== token) {
                    return;
                }
                setBusy(submit, false);
                if (!showFieldErrors(form, problem && problem.errors)) {
                    status.textContent = AJS.I18n.getText('guildhall.directory.filter.failed');
                    return;
                }
                status.textContent = problem.message || AJS.I18n.getText('guildhall.directory.filter.failed');
            });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('.guildhall-directory-more');
        if (button) {
            loadMore(button.closest('.guildhall-directory'), button);
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target.closest && event.target.closest('.guildhall-directory-filter');
        if (form) {
            event.preventDefault();
            search(form.closest('.guildhall-directory'), form);
        }
    });

    // A new order is a complete request in itself: apply it at once, as a sort control on a list is expected to.
    document.addEventListener('change', function (event) {
        var form = event.target.closest && event.target.closest('.guildhall-directory-filter');
        if (form && event.target.name === 'sort') {
            search(form.closest('.guildhall-directory'), form);
        }
    });
}());
