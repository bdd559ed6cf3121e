using System.Collections.Immutable;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Ndm;

/// <summary>The constituents of an NDM container, by message type, and every diagnostic (lines of the container).</summary>
/// <param name="Omms">The OMMs, in document order.</param>
/// <param name="Opms">The OPMs.</param>
/// <param name="Oems">The OEMs.</param>
/// <param name="Cdms">The CDMs.</param>
/// <param name="Diagnostics">Every problem found; when any is an error, all message lists are empty.</param>
public sealed record NdmReadResult(ImmutableArray<Omm.Omm> Omms, ImmutableArray<Opm.Opm> Opms, ImmutableArray<Oem.Oem> Oems,
    ImmutableArray<Cdm.Cdm> Cdms, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when no diagnostic is an error.</summary>
    public bool Success => !Diagnostics.Any(d => d.IsError);

    /// <summary>Number of messages read.</summary>
    public int Count => Omms.Length + Opms.Length + Oems.Length + Cdms.Length;
}
