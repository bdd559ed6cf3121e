namespace Concord.Hub.Agreements;

/// <summary>A proposal as received, before validation (see <see cref="AgreementRules.Validate"/>). Wire names are kept
/// as strings so that every problem can be reported at once.</summary>
/// <param name="Title">Display title, 1 to <see cref="AgreementRules.MaxTitleLength"/> characters.</param>
/// <param name="Parties">Agency codes, two or more, no duplicates; the proposer's agency among them.</param>
/// <param name="Categories">Wire names of <see cref="Release.DataCategory"/>, one or more, no duplicates.</param>
/// <param name="ObjectScope">Wire name of <see cref="Agreements.ObjectScope"/>.</param>
/// <param name="ObjectIds">Catalogue numbers as digit strings, only with the <c>list</c> scope.</param>
/// <param name="EmbargoMinutes">Delay after storage before a record is released, minutes, 0 or more (required).</param>
/// <param name="MinimumPc">Smallest collision probability for which conjunction details are shared, 0 to 1.</param>
/// <param name="ExpiresAt">When the agreement ends (UTC), in the future; <see langword="null"/> for no end.</param>
public sealed record NewAgreement(
    string Title,
    IReadOnlyList<string> Parties,
    IReadOnlyList<string> Categories,
    string ObjectScope,
    IReadOnlyList<string>? ObjectIds,
    int? EmbargoMinutes,
    double? MinimumPc,
    DateTimeOffset? ExpiresAt);
