/** BattLeDIM 2020 (L-Town): the 2018 leaks simulated by our solver at the competition's sensors, 5-minute steps. */
package org.headwater.hydraulics.battledim;
