package org.guildhall.workbench.bench;

import org.junit.Test;

import java.util.HashSet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

public class VocabularyTest {

    @Test
    public void tagsReadAsTopics() {
        assertThat(Vocabulary.topic("conv-neural-network"), is("Conv Neural Network"));
        assertThat(Vocabulary.topic("q#"), is("Q#"));
    }

    @Test
    public void theDemoSamplesGiveDozensOfDistinctTopicsAndRealQuestionTitles() {
        Vocabulary vocabulary = Vocabulary.fromDemoSamples();

        assertThat(vocabulary.topics().size(), greaterThan(50));
        assertThat(new HashSet<>(vocabulary.topics()).size(), is(vocabulary.topics().size()));
        assertThat(vocabulary.topics(), hasItem("Caffeine"));
        assertThat(vocabulary.questionTitles().size(), is(45));
    }
}
