/*
 * guildhall-community-directory: "Show more" loads the next page from the REST API and appends cards.
 * Text is inserted with textContent only, never as HTML.
 */
(function () {
    'use strict';

    var PAGE_PATH = '/rest/guildhall/1.0/communities';

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
        var meta = element('p', 'guildhall-card-meta');
        meta.appendChild(element('span', 'aui-lozenge aui-lozenge-subtle', visibilityLabels[community.visibility] || ''));
        meta.appendChild(element('span', 'guildhall-card-members',
            AJS.I18n.getText('guildhall.directory.members', community.memberCount)));
        item.appendChild(meta);
        return item;
    }

    function loadMore(directory, button) {
        var status = directory.querySelector('.guildhall-directory-status');
        var list = directory.querySelector('.guildhall-directory-cards');
        var cursor = directory.getAttribute('data-next-cursor');
        var limit = directory.getAttribute('data-limit');
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        status.textContent = AJS.I18n.getText('guildhall.directory.loading');
        var url = contextPath() + PAGE_PATH + '?limit=' + encodeURIComponent(limit) + '&cursor=' + encodeURIComponent(cursor);
        fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.json();
            })
            .then(function (page) {
                var firstNew = null;
                page.results.forEach(function (community) {
                    var item = card(community);
                    firstNew = firstNew || item;
                    list.appendChild(item);
                });
                status.textContent = '';
                if (page.nextCursor) {
                    directory.setAttribute('data-next-cursor', page.nextCursor);
                    button.disabled = false;
                    button.removeAttribute('aria-busy');
                } else {
                    directory.setAttribute('data-next-cursor', '');
                    button.parentNode.removeChild(button);
                }
                if (firstNew) {
                    firstNew.querySelector('a').focus();
                }
            })
            .catch(function () {
                status.textContent = AJS.I18n.getText('guildhall.directory.load-failed');
                button.disabled = false;
                button.removeAttribute('aria-busy');
            });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('.guildhall-directory-more');
        if (button) {
            loadMore(button.closest('.guildhall-directory'), button);
        }
    });
}());
