package org.headwater.analytics.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.headwater.calendar.Holidays;
import org.headwater.calendar.UtilityCalendar;

/**
 * A country's (and optionally a region's) public holidays from Jollyday's maintained tables
 * (Apache-2.0), read once per year and kept. Public and bank holidays count; observances (days
 * that are marked but worked) do not. A holiday moved to a weekday ("observed", as in the US) counts
 * on both days.
 */
public final class PublicHolidays implements Holidays {

    /** jollyday-core's own properties name the Jackson reader; Headwater ships the JAXB one. */
    private static final String CONFIGURATION_SERVICE = "de.focus_shift.jollyday.jaxb.JaxbConfigurationService";

    private final HolidayManager manager;
    private final String[] region;
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    private PublicHolidays(HolidayManager manager, String[] region) {
        this.manager = manager;
        this.region = region;
    }

    /**
     * @param country ISO 3166 country code as Jollyday names its tables ("IT", "US", "GB")
     * @param region the region inside the country as Jollyday names it ("ny", "by"), or blank for national only
     */
    public static PublicHolidays of(String country, String region) {
        String code = country.trim().toLowerCase(Locale.ROOT);
        if (HolidayManager.getSupportedCalendarCodes().stream().noneMatch(code::equalsIgnoreCase)) {
            throw new IllegalArgumentException("country: no public holiday table for '" + country + "'");
        }
        Properties properties = new Properties();
        properties.setProperty("configuration.service.impl", CONFIGURATION_SERVICE);
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(code, properties));
        String[] path = region == null || region.isBlank()
                ? new String[0]
                : region.trim().toLowerCase(Locale.ROOT).split("[/.]");
        return new PublicHolidays(manager, path);
    }

    /** The calendar configured as {@code headwater.utility.zone}, {@code .country} and {@code .region}. */
    public static UtilityCalendar calendar(String zone, String country, String region) {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone.trim());
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("zone: '" + zone + "' is not a time zone (e.g. Europe/Rome)", e);
        }
        if (country == null || country.isBlank()) {
            return new UtilityCalendar(zoneId, Holidays.none(), "none");
        }
        String place = country.trim().toUpperCase(Locale.ROOT)
                + (region == null || region.isBlank() ? "" : "-" + region.trim().toUpperCase(Locale.ROOT));
        return new UtilityCalendar(zoneId, of(country, region), place);
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        return byYear.computeIfAbsent(date.getYear(), this::load).contains(date);
    }

    private Set<LocalDate> load(int year) {
        Set<LocalDate> dates = new HashSet<>();
        for (Holiday holiday : manager.getHolidays(Year.of(year), region)) {
            if (holiday.getType() != HolidayType.OBSERVANCE) {
                dates.add(holiday.getActualDate());
                dates.add(holiday.getDate());
            }
        }
        return Set.copyOf(dates);
    }
}
