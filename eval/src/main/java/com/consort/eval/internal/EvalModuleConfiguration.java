package com.consort.eval.internal;

import com.consort.eval.EvalRunner;
import com.consort.eval.Reports;
import com.consort.eval.internal.report.RunReports;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The eval module's beans: the runner factory and the reports (the server binds the rest: stores, targets, judge). */
@Configuration(proxyBeanMethods = false)
class EvalModuleConfiguration {

    @Bean
    EvalRunner.Factory evalRunners() {
        return new SuiteBinder();
    }

    @Bean
    Reports evalReports() {
        return new RunReports();
    }
}
