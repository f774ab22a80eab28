package org.guildhall.workbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words for realistic generated content: the tags and question titles of the Stack Exchange samples the workbench
 * bundles for its demo (real topics people form communities around, with real lengths and punctuation).
 *
 * @param topics         tag names as a person would write them, e.g. {@code Conv Neural Network}; no duplicates
 * @param questionTitles question titles, as asked
 */
record Vocabulary(List<String> topics, List<String> questionTitles) {

    private static final List<String> SAMPLES = List.of("demo/coffee.stackexchange.com.json",
            "demo/ai.stackexchange.com.json", "demo/quantumcomputing.stackexchange.com.json");

    Vocabulary {
        if (topics.isEmpty() || questionTitles.isEmpty()) {
            throw new IllegalArgumentException("A vocabulary needs topics and question titles");
        }
        topics = List.copyOf(topics);
        questionTitles = List.copyOf(questionTitles);
    }

    /** Reads the demo samples from the workbench's class path. */
    static Vocabulary fromDemoSamples() {
        Set<String> topics = new LinkedHashSet<>();
        List<String> titles = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String sample : SAMPLES) {
            try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(sample)) {
                if (in == null) {
                    throw new IllegalStateException(sample + " is missing from the workbench resources");
                }
                for (JsonNode question : json.readTree(in).path("questions")) {
                    titles.add(question.path("title").asText());
                    question.path("tags").forEach(tag -> topics.add(topic(tag.asText())));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + sample, e);
            }
        }
        return new Vocabulary(new ArrayList<>(topics), titles);
    }

    /** {@code conv-neural-network} → {@code Conv Neural Network}; {@code q#} → {@code Q#}. */
    static String topic(String tag) {
        return Arrays.stream(tag.split("-"))
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
                .collect(Collectors.joining(" "));
    }
}
