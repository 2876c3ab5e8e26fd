package org.headwater.app.twin;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/what-if}: what happens to pressures, customers and tanks if a pipe or valve is closed,
 * a pump stops or a pipe breaks. Read-only: it simulates, it never operates anything.
 */
@RestController
@RequestMapping("/api/v1/what-if")
class WhatIfController {

    private final WhatIfDesk desk;

    WhatIfController(WhatIfDesk desk) {
        this.desk = desk;
    }

    @PostMapping
    WhatIfReport run(@RequestBody WhatIfRequest request) {
        return desk.run(request);
    }
}
