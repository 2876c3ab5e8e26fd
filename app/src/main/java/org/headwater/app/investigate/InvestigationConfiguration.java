package org.headwater.app.investigate;

import javax.sql.DataSource;
import org.headwater.investigate.CauseCatalogue;
import org.headwater.investigate.Checklists;
import org.headwater.investigate.InvestigationMoves;
import org.headwater.investigate.Investigations;
import org.headwater.investigate.LikelyCauses;
import org.headwater.store.PostgresInvestigations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The investigation store and the utility's procedure: EPA table 6-1 causes and table 6-2 checklists
 * until a utility declares its own beans of these types.
 */
@Configuration(proxyBeanMethods = false)
class InvestigationConfiguration {

    @Bean
    Investigations investigations(DataSource dataSource) {
        return new PostgresInvestigations(dataSource);
    }

    @Bean
    CauseCatalogue causeCatalogue() {
        return CauseCatalogue.epaTable61();
    }

    @Bean
    Checklists checklists() {
        return Checklists.epaDefaults();
    }

    @Bean
    InvestigationMoves investigationMoves(CauseCatalogue causes, Checklists checklists) {
        return new InvestigationMoves(causes, checklists);
    }

    @Bean
    LikelyCauses likelyCauses(CauseCatalogue causes) {
        return new LikelyCauses(causes);
    }
}
