using Concord.Hub.Agencies;
using Concord.Hub.Agreements;
using Concord.Hub.Storage;

namespace Concord.Hub.Release;

/// <summary>
/// The one place that decides who sees what (ARCHITECTURE: "every endpoint, stream and webhook asks it"). Scoped: one
/// per request. Every read, list, query, export and notification asks a <see cref="ReleaseView"/> obtained here.
/// </summary>
/// <remarks>
/// Rules, in order: the originator always sees its record; <c>public</c> is released to every agency;
/// <c>restricted</c> to the agencies in <c>relTo</c>; <c>partners</c> to an agency sharing an active agreement with
/// the originator whose categories, object scope and embargo cover the record. Keys without an agency (hub-admin)
/// see public records only. A withheld record is absent, never "forbidden".
/// </remarks>
public sealed class ReleasePolicy(HubDbContext db, TimeProvider time)
{
    /// <summary>The decisions for one viewer, with what they depend on (the viewer's active agreements) loaded once.</summary>
    /// <remarks>The agreements are those active and not expired at the clock's current instant, which the view keeps
    /// as <see cref="ReleaseView.Now"/>; proposed, suspended, terminated and expired agreements release nothing.</remarks>
    public async Task<ReleaseView> ForViewerAsync(Actor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        DateTimeOffset now = time.GetUtcNow();
        if (viewer.AgencyCode is not { } agency)
        {
            return new ReleaseView(null, now);
        }

        IReadOnlyList<Agreement> agreements = await ActiveAgreements.LoadAsync(db, agency, now, cancellationToken).ConfigureAwait(false);
        return new ReleaseView(agency, now, agreements);
    }
}
