package org.headwater.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertType;
import org.headwater.alert.Incident;
import org.headwater.alert.IncidentKind;
import org.headwater.investigate.Checklists;
import org.headwater.investigate.InvestigatedAlert;
import org.headwater.investigate.Investigation;
import org.headwater.risk.PipeRisk;
import org.headwater.risk.RiskRun;
import org.headwater.testkit.AlertBuilder;
import org.junit.jupiter.api.Test;

class DraftingRulesTest {

    private static final Instant T = Instant.parse("2025-05-06T03:00:00Z");

    @Test
    void reachingStepFiveDraftsAFieldVisitWithTheOnSiteChecklistOfTheAlertType() {
        Alert backflow = AlertBuilder.anAlert()
                .from("M-7")
                .of(AlertType.BACKFLOW)
                .at(T)
                .inZone("Z1")
                .build();
        InvestigatedAlert subject = new InvestigatedAlert(
                null, List.of(backflow.id()), AlertType.BACKFLOW, T, "M-7", "Z1", null, "backflow", 1);
        Investigation opened = Investigation.open("inv-1", subject, T);
        Investigation onSite =
                opened.acknowledge("ann", T).dataReviewed(T).notShownInvalid(T).contaminationNotRuledOut(T);
        FieldVisitRule rule = new FieldVisitRule(Checklists.epaDefaults());

        assertThat(rule.draft(opened)).isEmpty();
        Draft visit = rule.draft(onSite).orElseThrow();
        assertThat(visit.content().type()).isEqualTo(WorkOrderType.INSPECTION);
        assertThat(visit.content().priority()).isEqualTo(WorkPriority.HIGH);
        assertThat(visit.content().checklist())
                .isNotEmpty()
                .hasSizeLessThan(
                        Checklists.epaDefaults().forType(AlertType.BACKFLOW).size());
        assertThat(visit.content().evidence().investigationId()).isEqualTo("inv-1");
        assertThat(visit.content().evidence().investigationStep()).isEqualTo(5);
        assertThat(visit.content().evidence().alertIds()).containsExactly(backflow.id());
        assertThat(visit.problem()).isEqualTo(ProblemKey.investigation("inv-1"));
    }

    @Test
    void aDistributionSystemEventDraftsAMainBreakInspectionWithThePressureTrend() {
        Alert pressure = AlertBuilder.anAlert()
                .from("PT-3")
                .of(AlertType.PRESSURE_DROP)
                .at(T)
                .inZone("Z1")
                .build();
        Alert backflow = AlertBuilder.anAlert()
                .from("M-1")
                .of(AlertType.BACKFLOW)
                .at(T.plusSeconds(600))
                .inZone("Z1")
                .build();
        Incident incident = new Incident(
                "incident:" + pressure.id(),
                IncidentKind.DISTRIBUTION_SYSTEM_EVENT,
                AlertType.Family.HYDRAULIC,
                "Z1",
                List.of(pressure.id(), backflow.id()),
                List.of("PT-3", "M-1"),
                T,
                T.plusSeconds(600),
                null);
        MainBreakInspectionRule rule = new MainBreakInspectionRule();

        Draft inspection = rule.draft(incident, List.of(pressure, backflow)).orElseThrow();
        assertThat(inspection.content().title()).contains("Main break").contains("Z1");
        assertThat(inspection.content().evidence().incidentId()).isEqualTo(incident.id());
        assertThat(inspection.content().evidence().readingWindows())
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.sourceId()).isEqualTo("PT-3");
                    assertThat(w.from()).isBefore(T);
                    assertThat(w.to()).isAfter(T.plusSeconds(600));
                });
        Incident cluster = new Incident(
                "incident:x",
                IncidentKind.ALERT_CLUSTER,
                AlertType.Family.HYDRAULIC,
                "Z1",
                List.of(backflow.id()),
                List.of("M-1"),
                T,
                T,
                null);
        assertThat(rule.draft(cluster, List.of(backflow))).isEmpty();
    }

    @Test
    void aNightFlowAlertDraftsALeakSurveyOfItsDma() {
        Alert night = AlertBuilder.anAlert()
                .from("DMA-4")
                .of(AlertType.DMA_NIGHT_FLOW)
                .at(T)
                .inZone("DMA-4")
                .build();

        assertThat(new AlertDraftRules().draft(night)).singleElement().satisfies(d -> {
            assertThat(d.content().type()).isEqualTo(WorkOrderType.LEAK_SURVEY);
            assertThat(d.problem()).isEqualTo(ProblemKey.zone("DMA-4"));
            assertThat(d.content().evidence().readingWindows()).hasSize(1);
        });
    }

    @Test
    void aContinuousLeakDraftsACustomerContactAndAMeterCheckAboutThePremise() {
        Alert leak = AlertBuilder.anAlert()
                .from("M-9")
                .of(AlertType.CONTINUOUS_LEAK)
                .at(T)
                .atPremise("PR-9")
                .build();

        List<Draft> drafts = new AlertDraftRules().draft(leak);
        assertThat(drafts)
                .extracting(d -> d.content().type())
                .containsExactly(WorkOrderType.CUSTOMER_CONTACT, WorkOrderType.METER_CHECK);
        assertThat(drafts).extracting(Draft::problem).containsOnly(ProblemKey.premise("PR-9"));
        assertThat(new AlertDraftRules()
                        .draft(AlertBuilder.anAlert()
                                .from("M-9")
                                .of(AlertType.TAMPER)
                                .at(T)
                                .build()))
                .isEmpty();
    }

    @Test
    void aRiskListDraftsOneInspectionPerZoneForItsTopPipesInRankOrder() {
        RiskRun run = new RiskRun(
                12,
                T,
                "nightly",
                "boosted-trees",
                "",
                LocalDate.of(2000, 1, 1),
                LocalDate.of(2025, 1, 1),
                4,
                50,
                1.0,
                List.of(),
                List.of());
        List<PipeRisk> ranking = List.of(
                new PipeRisk(2, "P-2", 500, 800, 0.2, 0.4, List.of()),
                new PipeRisk(1, "P-1", 300, 300, 0.6, 2.0, List.of("cast iron, 1931")),
                new PipeRisk(3, "P-3", 1000, 1800, 0.1, 0.1, List.of()),
                new PipeRisk(4, "P-4", 1000, 2800, 0.05, 0.05, List.of()));
        Map<String, String> zones = Map.of("P-1", "Z1", "P-2", "Z2", "P-3", "Z1", "P-4", "Z1");

        List<Draft> drafts = new RiskInspectionRule(3).draft(run, ranking, zones::get);
        assertThat(drafts).extracting(Draft::problem).containsExactly(ProblemKey.zone("Z1"), ProblemKey.zone("Z2"));
        Draft z1 = drafts.get(0);
        assertThat(z1.content().evidence().pipeIds()).containsExactly("P-1", "P-3");
        assertThat(z1.content().title()).isEqualTo("Inspect 2 high-risk mains in Z1 (1.3 km)");
        assertThat(drafts.get(1).content().title()).isEqualTo("Inspect 1 high-risk main in Z2 (500 m)");
        assertThat(z1.content().evidence().riskRunId()).isEqualTo(12L);
        assertThat(z1.content().checklist().get(0)).contains("P-1").contains("cast iron");
        assertThat(z1.content().priority()).isEqualTo(WorkPriority.MEDIUM);
        assertThat(z1.source().kind()).isEqualTo(WorkSource.Kind.MODEL);
    }
}
