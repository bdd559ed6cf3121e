using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Hub.Agencies;
using Concord.Hub.Errors;
using Concord.Hub.Release;

namespace Concord.Hub.SpaceObjects;

/// <summary>Validation of space object registrations. Thread-safe.</summary>
public static partial class SpaceObjectRules
{
    /// <summary>Largest catalogue number (nine digits, the extended catalogue beyond the five-digit TLE field).</summary>
    public const int MaxCatalogNumber = 999_999_999;

    /// <summary>Longest name.</summary>
    public const int MaxNameLength = 128;

    /// <summary>Longest launch site.</summary>
    public const int MaxLaunchSiteLength = 128;

    /// <summary>Longest general function.</summary>
    public const int MaxGeneralFunctionLength = 256;

    /// <summary>Most agencies in a <c>relTo</c> list (fits the stored column).</summary>
    public const int MaxRelTo = 100;

    /// <summary>Lowest perigee or apogee altitude, kilometres. Below zero on purpose: mean-element altitudes of a
    /// decaying object can dip under the reference ellipsoid shortly before re-entry.</summary>
    public const double MinAltitudeKilometers = -100.0;

    /// <summary>Highest perigee or apogee altitude, kilometres (about the radius of Earth's Hill sphere; beyond it an
    /// object orbits the Sun and Art. IV orbital parameters do not apply).</summary>
    public const double MaxAltitudeKilometers = 1_500_000.0;

    /// <summary>Longest nodal period, minutes (about 694 days; more than an orbit at <see cref="MaxAltitudeKilometers"/>).</summary>
    public const double MaxNodalPeriodMinutes = 1_000_000.0;

    /// <summary>Largest inclination, degrees (retrograde orbits are above 90).</summary>
    public const double MaxInclinationDegrees = 180.0;

    /// <summary>The first launch (Sputnik 1, 1957-10-04): no earlier launch date or designator year exists.</summary>
    public static readonly DateOnly FirstLaunchDate = new(1957, 10, 4);

    /// <summary>Parses a catalogue number in its canonical form: 1 to 9 decimal digits without a leading zero, value 1 to
    /// <see cref="MaxCatalogNumber"/>.</summary>
    public static bool TryParseCatalogNumber(string? text, out int catalogNumber)
    {
        catalogNumber = 0;
        return text is not null && CatalogNumberPattern().IsMatch(text)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out catalogNumber);
    }

    /// <summary>Parses an ISO 8601 calendar date <c>YYYY-MM-DD</c>.</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Checks a registration; returns every problem found (empty when valid), in field order.</summary>
    /// <param name="registration">The request.</param>
    /// <param name="existingAgencies">Which of the agency codes in the request exist (the caller looks them up).</param>
    /// <param name="today">Today's date, UTC (from the injected clock): launch dates may not be later.</param>
    public static IReadOnlyList<HubError> Validate(SpaceObjectRegistration registration, IReadOnlySet<string> existingAgencies,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(existingAgencies);
        var errors = new List<HubError>();
        if (!TryParseCatalogNumber(registration.NoradId, out _))
        {
            errors.Add(Invalid("noradId", $"must be 1 to {MaxCatalogNumber} as decimal digits without a leading zero"));
        }

        if (string.IsNullOrWhiteSpace(registration.Name) || registration.Name.Trim().Length > MaxNameLength)
        {
            errors.Add(Invalid("name", $"must be 1 to {MaxNameLength} characters"));
        }

        if (!IsExistingAgency(registration.Owner, existingAgencies))
        {
            errors.Add(Invalid("owner", "must be the code of a registered agency"));
        }

        bool hasLaunchDate = TryParseDate(registration.LaunchDate, out DateOnly launchDate);
        if (registration.InternationalDesignator is { } designator)
        {
            Match match = DesignatorPattern().Match(designator);
            int year = match.Success ? int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture) : 0;
            if (!match.Success || year < FirstLaunchDate.Year || year > today.Year || match.Groups["launch"].ValueSpan is "000")
            {
                errors.Add(Invalid("internationalDesignator",
                    "must be a COSPAR designator YYYY-NNN followed by 0 to 3 piece letters (A-Z without I and O), launch year 1957 or later"));
            }
            else if (hasLaunchDate && launchDate.Year != year)
            {
                errors.Add(Invalid("internationalDesignator", "must have the launch date's year"));
            }
        }

        // Shape only, as for agencies: a full ISO 3166-1 table would need maintenance.
        if (registration.LaunchingState is { } state && !CountryPattern().IsMatch(state))
        {
            errors.Add(Invalid("launchingState", "must be an ISO 3166-1 alpha-2 code in upper case"));
        }

        if (registration.LaunchDate is not null && (!hasLaunchDate || launchDate < FirstLaunchDate || launchDate > today))
        {
            errors.Add(Invalid("launchDate", "must be a date YYYY-MM-DD from 1957-10-04 to today (UTC)"));
        }

        if (registration.LaunchSite is { } site && (string.IsNullOrWhiteSpace(site) || site.Trim().Length > MaxLaunchSiteLength))
        {
            errors.Add(Invalid("launchSite", $"must be 1 to {MaxLaunchSiteLength} characters when given"));
        }

        if (registration.NodalPeriodMinutes is { } period && !(period > 0 && period <= MaxNodalPeriodMinutes))
        {
            errors.Add(Invalid("nodalPeriodMinutes", $"must be more than 0 and at most {MaxNodalPeriodMinutes} minutes"));
        }

        if (registration.InclinationDegrees is { } inclination && !(inclination >= 0 && inclination <= MaxInclinationDegrees))
        {
            errors.Add(Invalid("inclinationDegrees", $"must be 0 to {MaxInclinationDegrees} degrees"));
        }

        bool apogeeValid = IsAltitude(registration.ApogeeKilometers);
        bool perigeeValid = IsAltitude(registration.PerigeeKilometers);
        if (!apogeeValid)
        {
            errors.Add(Invalid("apogeeKilometers", $"must be {MinAltitudeKilometers} to {MaxAltitudeKilometers} km"));
        }

        if (!perigeeValid)
        {
            errors.Add(Invalid("perigeeKilometers", $"must be {MinAltitudeKilometers} to {MaxAltitudeKilometers} km"));
        }
        else if (apogeeValid && registration.PerigeeKilometers > registration.ApogeeKilometers)
        {
            errors.Add(Invalid("perigeeKilometers", "must not exceed apogeeKilometers"));
        }

        if (registration.GeneralFunction is { } function
            && (string.IsNullOrWhiteSpace(function) || function.Trim().Length > MaxGeneralFunctionLength))
        {
            errors.Add(Invalid("generalFunction", $"must be 1 to {MaxGeneralFunctionLength} characters when given"));
        }

        if (registration.Status is not null && !SpaceObjectStatuses.TryParse(registration.Status, out _))
        {
            errors.Add(Invalid("status", "must be unknown, operational, non-operational or decayed"));
        }

        Marking? marking = Marking.Public;
        if (registration.Marking is not null && !Markings.TryParse(registration.Marking, out marking))
        {
            errors.Add(Invalid("marking", "must be public, partners or restricted"));
        }

        ValidateRelTo(registration.RelTo ?? [], marking, existingAgencies, errors);
        return errors;
    }

    /// <summary>Checks a replacement of <paramref name="existing"/>: everything <see cref="Validate"/> checks, and that
    /// the catalogue number and owner stay the same (ownership transfer is not supported).</summary>
    public static IReadOnlyList<HubError> ValidateReplacement(SpaceObject existing, SpaceObjectRegistration registration,
        IReadOnlySet<string> existingAgencies, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var errors = new List<HubError>(Validate(registration, existingAgencies, today));
        if (TryParseCatalogNumber(registration.NoradId, out int catalogNumber) && catalogNumber != existing.CatalogNumber)
        {
            errors.Add(Invalid("noradId", "must be the catalog number in the path"));
        }

        if (AgencyRules.IsValidCode(registration.Owner) && !string.Equals(registration.Owner, existing.Owner, StringComparison.Ordinal))
        {
            errors.Add(Invalid("owner", "cannot change (ownership transfer is not supported)"));
        }

        return errors;
    }

    private static void ValidateRelTo(IReadOnlyList<string> relTo, Marking? marking, IReadOnlySet<string> existingAgencies,
        List<HubError> errors)
    {
        if (marking == Marking.Restricted && (relTo.Count == 0 || relTo.Count > MaxRelTo))
        {
            errors.Add(Invalid("relTo", $"must list 1 to {MaxRelTo} agencies when the marking is restricted"));
            return;
        }

        if (marking is not null && marking != Marking.Restricted && relTo.Count > 0)
        {
            errors.Add(Invalid("relTo", "is only allowed with the marking restricted"));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < relTo.Count; i++)
        {
            if (!IsExistingAgency(relTo[i], existingAgencies))
            {
                errors.Add(Invalid($"relTo[{i}]", "must be the code of a registered agency"));
            }
            else if (!seen.Add(relTo[i]))
            {
                errors.Add(Invalid($"relTo[{i}]", "is listed twice"));
            }
        }
    }

    private static bool IsExistingAgency(string? code, IReadOnlySet<string> existingAgencies) =>
        AgencyRules.IsValidCode(code) && existingAgencies.Contains(code!);

    private static bool IsAltitude(double? kilometers) =>
        kilometers is not { } value || (value >= MinAltitudeKilometers && value <= MaxAltitudeKilometers);

    private static HubError Invalid(string field, string rule) =>
        HubError.Create(HubErrorCodes.ValidationFailed, HubErrorKind.Invalid, $"Field {field}: {rule}.", field, rule);

    [GeneratedRegex("^[1-9][0-9]{0,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex CatalogNumberPattern();

    // COSPAR: launch year, launch number of the year, then piece letters (I and O are not used).
    [GeneratedRegex("^(?<year>[0-9]{4})-(?<launch>[0-9]{3})(?<piece>[A-HJ-NP-Z]{0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex DesignatorPattern();

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryPattern();
}
