using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Concord.Astro.Time;
using Concord.Demo;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Diagnostics;
using Concord.Hub.Agencies;
using Concord.Hub.Catalog;
using Concord.Hub.Conjunctions;
using Concord.Hub.Release;
using Concord.Server.Conjunctions;

namespace Concord.Server.Demo;

// The states of the trust model and of screening that the demo shows beside its open engineered conjunctions.
internal sealed partial class DemoSeeder
{
    /// <summary>The agency that submits a third-party element set for the primary of the <c>high-risk</c> conjunction: a
    /// party, with its owner, to the multilateral agreement, so the owner and the other party see both sources.</summary>
    internal const string ThirdPartyAgency = DemoAgencies.Austral;

    /// <summary>How far ahead in mean anomaly the third-party set puts the object (about 60 km in LEO, above
    /// <c>Concord:Catalog:DisagreementKm</c>).</summary>
    internal const double ThirdPartyShiftDegrees = 0.5;

    /// <summary>How far ahead in mean anomaly the owner's newer set moves the object of the closed conjunction.</summary>
    internal const double MovedAwayShiftDegrees = 20.0;

    /// <summary>The engineered conjunctions that show a state (all others stay open with both records shared):
    /// <paramref name="ThirdParty"/> (<c>high-risk</c>): its primary also has a third-party set, but the owner's fresh set
    /// drives screening; <paramref name="Restricted"/> (the first <c>debris-on-satellite</c>): the owner of its secondary
    /// resubmits that object's set marked <c>restricted</c>, so the debris owner sees an encounter with that object
    /// withheld; <paramref name="Closed"/> (the last <c>debris-on-satellite</c>): after the first screening the owner of its
    /// secondary moves that object away, and the event closes <c>no-longer-predicted</c>.</summary>
    internal sealed record DemoStates(DemoConjunction ThirdParty, DemoConjunction Restricted, DemoConjunction Closed)
    {
        public static DemoStates Of(DemoCatalog catalog)
        {
            DemoConjunction[] debris = [.. catalog.EngineeredConjunctions.Where(c => c.Kind == "debris-on-satellite")];
            return new DemoStates(catalog.EngineeredConjunctions.First(c => c.Kind == "high-risk"), debris[0], debris[^1]);
        }

        /// <summary>The state of <paramref name="conjunction"/> as <c>conjunctions.txt</c> names it.</summary>
        public string Describe(DemoConjunction conjunction) =>
            conjunction == ThirdParty ? $"open; third-party set for {conjunction.PrimaryCatalogNumber} from {ThirdPartyAgency}, the owner's drives screening"
            : conjunction == Restricted ? $"open; {conjunction.SecondaryCatalogNumber} restricted by its owner (encounter, withheld, for the other party)"
            : conjunction == Closed ? $"closed no-longer-predicted; {conjunction.SecondaryCatalogNumber} moved away by its owner"
            : "open";
    }

    /// <summary>Submits the element sets behind <see cref="DemoStates"/>, after the catalog: the third-party set (as
    /// <see cref="ThirdPartyAgency"/>'s analyst, marked partners), the restricted resubmission (as the owner's analyst),
    /// then, once the closed conjunction's pair has been screened (directly, so that its event exists whatever the
    /// worker's timing), the owner's newer set that moves that object away; the worker's screening of that submission
    /// closes the event.</summary>
    /// <remarks>Every set is newer by epoch than the one it replaces, or by authority (the third-party set has the owner's
    /// epoch), never by storage time alone: the choice does not depend on the clock moving between submissions.</remarks>
    private static async Task SubmitStatesAsync(IServiceProvider services, DemoCatalog catalog, DemoStates states,
        IReadOnlyDictionary<(string Agency, HubRole Role), Actor> actors, CancellationToken cancellationToken)
    {
        DemoSpaceObject Find(int number) => catalog.Objects.First(o => o.CatalogNumber == number);

        // Same epoch as the owner's set, half a degree ahead: the owner's set is fresh, so it speaks for the object.
        DemoSpaceObject observed = Find(states.ThirdParty.PrimaryCatalogNumber).Shifted(Duration.Zero, ThirdPartyShiftDegrees);
        await SubmitSetAsync(services, observed, ThirdPartyAgency, Marking.Partners, [], actors, cancellationToken).ConfigureAwait(false);

        // The same orbit one second later, released to nobody outside the owner: the hub still screens with it.
        DemoSpaceObject restricted = Find(states.Restricted.SecondaryCatalogNumber);
        await SubmitSetAsync(services, restricted.Shifted(Duration.FromSeconds(1), 0.0), restricted.OwnerCode, Marking.Restricted,
            [restricted.OwnerCode], actors, cancellationToken).ConfigureAwait(false);

        if (services.GetRequiredService<ConjunctionScreeningOptions>().Enabled)
        {
            await services.GetRequiredService<ConjunctionScreeningService>()
                .ScreenAsync([states.Closed.PrimaryCatalogNumber, states.Closed.SecondaryCatalogNumber], cancellationToken).ConfigureAwait(false);
        }

        DemoSpaceObject moved = Find(states.Closed.SecondaryCatalogNumber);
        await SubmitSetAsync(services, moved.Shifted(Duration.FromMinutes(1), MovedAwayShiftDegrees), moved.OwnerCode, Marking.Partners, [],
            actors, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Submits one object's set as an OMM CSV from <paramref name="agency"/>'s analyst and wakes the screening.</summary>
    private static async Task SubmitSetAsync(IServiceProvider services, DemoSpaceObject item, string agency, Marking marking,
        IReadOnlyList<string> relTo, IReadOnlyDictionary<(string Agency, HubRole Role), Actor> actors, CancellationToken cancellationToken)
    {
        Omm omm = item.ToOmm();
        omm = omm with { Header = omm.Header with { Originator = agency } };
        WriteResult written = OmmWriter.Write([omm], CcsdsFormat.Csv);
        string content = written.Text ?? throw new InvalidOperationException(
            "Demo seeding failed: an element set could not be written: " + string.Join("; ", written.Diagnostics.Select(d => d.Code)));
        string hash = Convert.ToHexStringLower(SHA256.HashData(Utf8NoBom.GetBytes(content)));
        SubmissionResult result = await services.GetRequiredService<SubmissionService>().SubmitAsync(
            new NewSubmission(content, hash, "text/csv", marking, relTo, IdempotencyKey: null),
            actors[(agency, HubRole.Analyst)], cancellationToken).ConfigureAwait(false);
        if (!result.Success)
        {
            throw new InvalidOperationException($"Demo seeding failed: the set of {item.CatalogNumber} from {agency} was refused: "
                + string.Join("; ", result.Errors.Select(e => e.Code).Concat(result.Diagnostics.Take(5).Select(d => d.ToString()))));
        }

        services.GetRequiredService<ConjunctionScreeningQueue>().Notify();
    }

    /// <summary>The <c>README.txt</c> paragraph on <see cref="DemoStates"/>.</summary>
    private static void AppendStates(StringBuilder text, DemoCatalog catalog, DemoStates states)
    {
        DemoSpaceObject Find(int number) => catalog.Objects.First(o => o.CatalogNumber == number);
        DemoSpaceObject observed = Find(states.ThirdParty.PrimaryCatalogNumber);
        DemoSpaceObject restricted = Find(states.Restricted.SecondaryCatalogNumber);
        DemoSpaceObject other = Find(states.Restricted.PrimaryCatalogNumber);
        DemoSpaceObject moved = Find(states.Closed.SecondaryCatalogNumber);
        text.AppendLine("States to look at (conjunctions.txt lists the engineered conjunctions):");
        text.Append(CultureInfo.InvariantCulture,
            $"third-party set      {observed.CatalogNumber} {observed.Name} (owner {observed.OwnerCode}) also has a set from {ThirdPartyAgency}, "
            + $"{ThirdPartyShiftDegrees:0.0}° ahead in mean anomaly: the sources disagree (GET /api/v1/objects/{observed.CatalogNumber}), ")
            .AppendLine("and its high-risk conjunction names the owner's set as source.");
        text.Append(CultureInfo.InvariantCulture,
            $"restricted record    {restricted.CatalogNumber} {restricted.Name}: {restricted.OwnerCode} resubmitted its set marked restricted; ")
            .AppendLine(CultureInfo.InvariantCulture, $"{other.OwnerCode} sees its conjunction with {other.CatalogNumber} as an encounter with that object withheld.");
        text.Append(CultureInfo.InvariantCulture,
            $"closed conjunction   {moved.CatalogNumber} {moved.Name}: {moved.OwnerCode} submitted a newer set {MovedAwayShiftDegrees:0}° further ")
            .AppendLine(CultureInfo.InvariantCulture, $"along its orbit after the first screening; its conjunction with {states.Closed.PrimaryCatalogNumber} is closed (no-longer-predicted).");
    }
}
