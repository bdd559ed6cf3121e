using System.Text.RegularExpressions;
using Concord.Hub.Errors;

namespace Concord.Hub.Agencies;

/// <summary>Validation of agency fields. Thread-safe.</summary>
public static partial class AgencyRules
{
    /// <summary>Longest agency code.</summary>
    public const int MaxCodeLength = 8;

    /// <summary>Longest agency or contact name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Longest contact e-mail address (RFC 5321 path limit).</summary>
    public const int MaxEmailLength = 254;

    /// <summary>Longest contact telephone number.</summary>
    public const int MaxPhoneLength = 40;

    /// <summary>Whether a string is a valid agency code: 3 to 8 upper-case ASCII letters or digits, starting with a letter.</summary>
    public static bool IsValidCode(string? code) => code is not null && CodePattern().IsMatch(code);

    /// <summary>Checks a registration; returns every problem found (empty when valid).</summary>
    public static IReadOnlyList<HubError> Validate(NewAgency agency)
    {
        var errors = new List<HubError>();
        if (!IsValidCode(agency.Code))
        {
            errors.Add(Invalid("code", "must be 3 to 8 upper-case letters or digits, starting with a letter"));
        }

        if (string.IsNullOrWhiteSpace(agency.Name) || agency.Name.Length > MaxNameLength)
        {
            errors.Add(Invalid("name", $"must be 1 to {MaxNameLength} characters"));
        }

        // Shape only: a full ISO 3166-1 table would need maintenance and globalization data (the build is invariant).
        if (agency.Country is null || !CountryPattern().IsMatch(agency.Country))
        {
            errors.Add(Invalid("country", "must be an ISO 3166-1 alpha-2 code in upper case"));
        }

        for (int i = 0; i < agency.Contacts.Count; i++)
        {
            AgencyContact contact = agency.Contacts[i];
            if (string.IsNullOrWhiteSpace(contact.Name) || contact.Name.Length > MaxNameLength)
            {
                errors.Add(Invalid($"contacts[{i}].name", $"must be 1 to {MaxNameLength} characters"));
            }

            if (contact.Email is null || contact.Email.Length > MaxEmailLength || !EmailPattern().IsMatch(contact.Email))
            {
                errors.Add(Invalid($"contacts[{i}].email", "must be an e-mail address"));
            }

            if (contact.Phone is { Length: > MaxPhoneLength })
            {
                errors.Add(Invalid($"contacts[{i}].phone", $"must be at most {MaxPhoneLength} characters"));
            }
        }

        return errors;
    }

    private static HubError Invalid(string field, string rule) =>
        HubError.Create(HubErrorCodes.ValidationFailed, HubErrorKind.Invalid, $"Field {field}: {rule}.", field, rule);

    [GeneratedRegex("^[A-Z][A-Z0-9]{2,7}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
