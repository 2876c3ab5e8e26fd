package org.headwater.app.workorder;

import org.headwater.workorder.WorkOrderDesk;
import org.headwater.workorder.WorkOrderTransitions.IllegalWorkOrderMove;
import org.headwater.workorder.WorkOrders;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A move the lifecycle does not allow, a stale version or a second open order is a conflict (409); deciding without
 * the approving role is forbidden (403). Each names the order and what was wrong.
 */
// ahead of ApiErrors, whose RuntimeException handler would otherwise answer these with a 500
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = WorkOrderController.class)
class WorkOrderErrors {

    @ExceptionHandler(IllegalWorkOrderMove.class)
    ProblemDetail illegalMove(IllegalWorkOrderMove e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("from", e.from().name());
        problem.setProperty("to", e.to().name());
        return problem;
    }

    @ExceptionHandler({WorkOrders.StaleWorkOrder.class, WorkOrders.OpenOrderExists.class})
    ProblemDetail conflict(IllegalStateException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /** An edit after the order left Headwater, and other refusals of the order's state. */
    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail stateConflict(IllegalStateException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(WorkOrderDesk.NotAnApprover.class)
    ProblemDetail forbidden(WorkOrderDesk.NotAnApprover e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }
}
