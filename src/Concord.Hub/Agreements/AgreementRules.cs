using System.Globalization;
using Concord.Hub.Agencies;
using Concord.Hub.Errors;
using Concord.Hub.Release;

namespace Concord.Hub.Agreements;

/// <summary>Validation of agreement proposals. Thread-safe.</summary>
public static class AgreementRules
{
    /// <summary>Longest title.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>Most parties in one agreement.</summary>
    public const int MaxParties = 50;

    /// <summary>Most catalogue numbers in a <c>list</c> scope.</summary>
    public const int MaxObjectIds = 1000;

    /// <summary>Largest catalogue number (9-digit capable).</summary>
    public const int MaxCatalogNumber = 999_999_999;

    /// <summary>Longest embargo: 366 days, in minutes.</summary>
    public const int MaxEmbargoMinutes = 366 * 24 * 60;

    /// <summary>Checks a proposal made by an officer of <paramref name="proposerAgency"/> at <paramref name="now"/>;
    /// returns every problem found (empty when valid). Whether the parties are registered is checked by
    /// <see cref="AgreementService"/>, which has the database.</summary>
    public static IReadOnlyList<HubError> Validate(NewAgreement agreement, string? proposerAgency, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var errors = new List<HubError>();
        if (string.IsNullOrWhiteSpace(agreement.Title) || agreement.Title.Trim().Length > MaxTitleLength)
        {
            errors.Add(Invalid("title", $"must be 1 to {MaxTitleLength} characters"));
        }

        ValidateParties(agreement.Parties, proposerAgency, errors);
        ValidateCategories(agreement.Categories, errors);
        bool isList = ObjectScopes.TryParse(agreement.ObjectScope, out ObjectScope? scope) && scope == ObjectScope.List;
        if (scope is null)
        {
            errors.Add(Invalid("objectScope", "must be all, owned-by-parties or list"));
        }

        if (isList)
        {
            ValidateObjectIds(agreement.ObjectIds, errors);
        }
        else if (scope is not null && agreement.ObjectIds is { Count: > 0 })
        {
            errors.Add(Invalid("objectIds", "is only allowed with the list scope"));
        }

        if (agreement.EmbargoMinutes is not { } embargo || embargo < 0 || embargo > MaxEmbargoMinutes)
        {
            errors.Add(Invalid("conditions.embargoMinutes", $"must be given, 0 to {MaxEmbargoMinutes}"));
        }

        if (agreement.MinimumPc is { } pc && !(pc >= 0.0 && pc <= 1.0))
        {
            errors.Add(Invalid("conditions.minimumPc", "must be 0 to 1"));
        }

        if (agreement.ExpiresAt is { } expiresAt && expiresAt <= now)
        {
            errors.Add(Invalid("conditions.expiresAt", "must be in the future"));
        }

        return errors;
    }

    /// <summary>Parses a catalogue number written as digits, 1 to <see cref="MaxCatalogNumber"/>.</summary>
    public static bool TryParseCatalogNumber(string? text, out int catalogNumber)
    {
        catalogNumber = 0;
        return text is { Length: > 0 and <= 9 }
            && text.All(char.IsAsciiDigit)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out catalogNumber)
            && catalogNumber >= 1;
    }

    private static void ValidateParties(IReadOnlyList<string> parties, string? proposerAgency, List<HubError> errors)
    {
        if (parties.Count < 2 || parties.Count > MaxParties)
        {
            errors.Add(Invalid("parties", $"must list 2 to {MaxParties} agencies"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < parties.Count; i++)
        {
            if (!AgencyRules.IsValidCode(parties[i]))
            {
                errors.Add(Invalid($"parties[{i}]", "must be an agency code"));
            }
            else if (!seen.Add(parties[i]))
            {
                errors.Add(Invalid($"parties[{i}]", "is listed twice"));
            }
        }

        if (proposerAgency is null || !seen.Contains(proposerAgency))
        {
            errors.Add(Invalid("parties", $"must include the proposer's agency {proposerAgency}"));
        }
    }

    private static void ValidateCategories(IReadOnlyList<string> categories, List<HubError> errors)
    {
        if (categories.Count == 0)
        {
            errors.Add(Invalid("categories", "must list at least one category"));
        }

        var seen = new HashSet<DataCategory>();
        for (int i = 0; i < categories.Count; i++)
        {
            if (!DataCategories.TryParse(categories[i], out DataCategory? category))
            {
                errors.Add(Invalid($"categories[{i}]", "must be " + string.Join(", ", DataCategories.All.Select(c => c.ToWireName()))));
            }
            else if (!seen.Add(category.Value))
            {
                errors.Add(Invalid($"categories[{i}]", "is listed twice"));
            }
        }
    }

    private static void ValidateObjectIds(IReadOnlyList<string>? objectIds, List<HubError> errors)
    {
        if (objectIds is null || objectIds.Count == 0 || objectIds.Count > MaxObjectIds)
        {
            errors.Add(Invalid("objectIds", $"must list 1 to {MaxObjectIds} catalogue numbers with the list scope"));
            return;
        }

        var seen = new HashSet<int>();
        for (int i = 0; i < objectIds.Count; i++)
        {
            if (!TryParseCatalogNumber(objectIds[i], out int number))
            {
                errors.Add(Invalid($"objectIds[{i}]", $"must be a catalogue number, digits, 1 to {MaxCatalogNumber}"));
            }
            else if (!seen.Add(number))
            {
                errors.Add(Invalid($"objectIds[{i}]", "is listed twice"));
            }
        }
    }

    private static HubError Invalid(string field, string rule) =>
        HubError.Create(HubErrorCodes.ValidationFailed, HubErrorKind.Invalid, $"Field {field}: {rule}.", field, rule);
}
