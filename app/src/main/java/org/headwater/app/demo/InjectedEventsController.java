package org.headwater.app.demo;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lists the anomalies the demo injected on purpose, so anyone can tell made events from the real data. */
@RestController
@ConditionalOnProperty(name = "headwater.demo.enabled", havingValue = "true")
class InjectedEventsController {

    private final DemoState state;

    InjectedEventsController(DemoState state) {
        this.state = state;
    }

    @GetMapping("/api/v1/demo/injected-events")
    List<InjectedEvent> injectedEvents() {
        return state.injectedEvents();
    }
}
