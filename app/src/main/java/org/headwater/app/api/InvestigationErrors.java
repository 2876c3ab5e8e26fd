package org.headwater.app.api;

import org.headwater.investigate.InvestigationTransitions.IllegalInvestigationMove;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A move figure 6-1 does not allow is a conflict with the investigation's state: 409 naming both steps. */
// ahead of ApiErrors, whose RuntimeException handler would otherwise answer these with a 500
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class InvestigationErrors {

    @ExceptionHandler(IllegalInvestigationMove.class)
    ProblemDetail conflict(IllegalInvestigationMove e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("from", e.from().name());
        problem.setProperty("to", e.to().name());
        return problem;
    }
}
