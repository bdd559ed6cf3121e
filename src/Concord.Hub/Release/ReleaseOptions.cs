namespace Concord.Hub.Release;

/// <summary>The hub's release defaults (configuration section <c>Concord:Release</c>).</summary>
public sealed class ReleaseOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Concord:Release";

    /// <summary>Wire name of the marking a registration or catalog submission gets when it names none: <c>partners</c>
    /// (the default) or <c>public</c>. <c>restricted</c> is refused: it needs a <c>relTo</c> list, which a default cannot
    /// give. Never <c>public</c> by accident: public is only the default when the operator sets it.</summary>
    public string DefaultMarking { get; set; } = "partners";

    /// <summary>The parsed <see cref="DefaultMarking"/>; call <see cref="Validate"/> first.</summary>
    public Marking Default => Markings.TryParse(DefaultMarking, out Marking? marking) && marking != Marking.Restricted
        ? marking.Value
        : throw new InvalidOperationException($"{Section}:{nameof(DefaultMarking)} must be partners or public, not '{DefaultMarking}'.");

    /// <summary>Throws <see cref="InvalidOperationException"/> when a setting is invalid (a start-up error).</summary>
    public void Validate() => _ = Default;
}
