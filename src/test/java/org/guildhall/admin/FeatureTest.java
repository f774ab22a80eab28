package org.guildhall.admin;

import org.junit.Test;

import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** A feature switch reaches every REST resource of the feature by the package its code lives in. */
public class FeatureTest {

    @Test
    public void theCodeOfEachFeature_isFoundByItsPackage_healthLivingInAnalytics() {
        assertThat(Feature.ofPackage("org.guildhall.qa.importer.web"), is(Optional.of(Feature.QA)));
        assertThat(Feature.ofPackage("org.guildhall.expertise.routing.web"), is(Optional.of(Feature.EXPERTISE)));
        assertThat(Feature.ofPackage("org.guildhall.activity.digest.web"), is(Optional.of(Feature.ACTIVITY)));
        assertThat(Feature.ofPackage("org.guildhall.analytics.web"), is(Optional.of(Feature.HEALTH)));
    }

    @Test
    public void communitiesAndAdministration_belongToNoFeature_andNoPrefixMatchesAnotherPackage() {
        assertThat(Feature.ofPackage("org.guildhall.community.web"), is(Optional.empty()));
        assertThat(Feature.ofPackage("org.guildhall.admin.web"), is(Optional.empty()));
        assertThat(Feature.ofPackage("org.guildhall.qaextra"), is(Optional.empty()));
    }

    @Test
    public void settingsKeepTheFeaturesName_notItsPackage() {
        assertThat(Feature.byKey("health"), is(Optional.of(Feature.HEALTH)));
        assertThat(Feature.byKey("analytics"), is(Optional.empty()));
    }
}
