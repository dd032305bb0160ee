package org.fazhi.disclosure;

import jakarta.validation.constraints.Size;

/** The narratives: 一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项. */
public record ReportTextRequest(@Size(max = 8000) String overview, @Size(max = 8000) String problems,
        @Size(max = 8000) String other, Integer version) {
}
