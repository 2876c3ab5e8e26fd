/**
 * The EPA alert investigation procedure (section 6): figure 6-1 as one state machine, the causes of
 * table 6-1, the checklists of table 6-2 and section 6.1, likely-cause suggestions, and the records
 * and analytics of section 6.2 and figure 6-2.
 */
@NullMarked
package org.headwater.investigate;

import org.jspecify.annotations.NullMarked;
