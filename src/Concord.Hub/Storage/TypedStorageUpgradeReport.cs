namespace Concord.Hub.Storage;

/// <summary>What <see cref="TypedStorageUpgrade.RunAsync"/> upgraded.</summary>
/// <param name="Segments">OEM segments converted (with or without a usable ephemeris).</param>
/// <param name="Plans">Manoeuvre plans given their typed ephemeris.</param>
/// <param name="Updates">Conjunction updates given their typed assessment.</param>
public sealed record TypedStorageUpgradeReport(int Segments, int Plans, int Updates);
