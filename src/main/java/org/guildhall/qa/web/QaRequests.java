package org.guildhall.qa.web;

import java.util.List;

/** Request bodies of the Q&A REST API. Unknown properties are refused by Jackson's defaults only where configured. */
final class QaRequests {

    private QaRequests() {
    }

    record AskJson(String community, String title, String body, List<String> topics) {
    }

    record EditQuestionJson(Integer revision, String title, String body, List<String> topics) {
    }

    record BodyJson(Integer revision, String body) {
    }

    record VoteValueJson(Integer value) {
    }

    record CloseRequestJson(String reason, Long duplicateOf) {
    }

    record WeightsJson(Integer questionUpVote, Integer questionDownVote, Integer answerUpVote, Integer answerDownVote,
                       Integer acceptedAnswer) {
    }
}
