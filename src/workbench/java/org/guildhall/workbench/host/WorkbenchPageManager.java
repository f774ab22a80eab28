package org.guildhall.workbench.host;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import org.guildhall.workbench.content.PageStore;

import java.util.ArrayList;
import java.util.List;

/** Workbench stand-in for Confluence's {@code PageManager} (bean {@code pageManager}): the workbench's pages. */
public final class WorkbenchPageManager implements PageManager {

    private final PageStore pages;

    public WorkbenchPageManager(PageStore pages) {
        this.pages = pages;
    }

    /** One query for all of them, like Confluence's batched load; unknown ids are left out. */
    @Override
    public List<AbstractPage> getAbstractPages(Iterable<Long> ids) {
        List<Long> wanted = new ArrayList<>();
        ids.forEach(wanted::add);
        return pages.findAll(wanted).stream().map(stored -> {
            Page page = new Page();
            page.setId(stored.id());
            page.setTitle(stored.title());
            page.setSpace(new Space(stored.spaceKey()));
            return (AbstractPage) page;
        }).toList();
    }
}
