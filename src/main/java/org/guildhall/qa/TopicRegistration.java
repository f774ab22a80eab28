package org.guildhall.qa;

import org.guildhall.community.KnownTopics;
import org.guildhall.qa.ao.TopicDao;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;

/** Community topics become known Q&A topics ({@code TopicEntity}) when a community's settings are saved. */
@Component
public class TopicRegistration implements KnownTopics {

    private final TopicDao topicDao;

    public TopicRegistration(TopicDao topicDao) {
        this.topicDao = topicDao;
    }

    @Override
    public void register(Collection<String> names, Instant now) {
        topicDao.register(names, now);
    }
}
