using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Concord.Astro.Ephemerides;
using Concord.Astro.Time;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Diagnostics;
using Concord.Hub.Agencies;
using Concord.Hub.Audit;
using Concord.Hub.Conjunctions;
using Concord.Hub.Errors;
using Concord.Hub.Release;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Catalog;

/// <summary>Accepts catalog submissions (element sets and ephemerides) all-or-nothing, with provenance and an audit
/// entry in the same transaction. Scoped (one per request).</summary>
public sealed class SubmissionService(HubDbContext db, AuditLog audit, HubWriteGate gate, TimeProvider time, CatalogOptions catalog)
{

    /// <summary>Longest accepted <c>Idempotency-Key</c>.</summary>
    public const int MaxIdempotencyKeyLength = 128;

    /// <summary>Reads, checks and stores a submission for the actor's agency. Role checks are the caller's (analyst).</summary>
    /// <remarks>Refusals: marking and relTo (<see cref="HubErrorCodes.ValidationFailed"/>, 422), an invalid message
    /// (<see cref="HubErrorCodes.SubmissionInvalidContent"/>, 422, nothing stored), element sets whose epoch lies more than
    /// <see cref="CatalogOptions.MaxEpochAheadHours"/> ahead of the clock (<see cref="HubErrorCodes.ElementsEpochInFuture"/>,
    /// 422, one error per set, nothing stored), an <c>Idempotency-Key</c> already used for
    /// another content (<see cref="HubErrorCodes.SubmissionIdempotencyConflict"/>, 409). A resend with the same key, content,
    /// marking and relTo returns the first receipt with <see cref="SubmissionReceipt.Replayed"/> set and stores nothing.</remarks>
    public async Task<SubmissionResult> SubmitAsync(NewSubmission request, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.AgencyCode is not { } agency)
        {
            return SubmissionResult.Fail([HubError.Create(HubErrorCodes.AuthMissingRole, HubErrorKind.Forbidden,
                "Submitting needs an agency's analyst key.", HubRoles.Analyst)]);
        }

        List<HubError> errors = ValidateRequest(request);
        if (errors.Count > 0)
        {
            return SubmissionResult.Fail(errors);
        }

        // Read before taking the write gate: reading 30,000 records takes about a second and must not hold up other writers.
        // A resend is read again before it is recognised; that costs the resend, never the others.
        ParsedMessage parsed = SubmissionReader.Read(request.Content);
        if (!parsed.IsValid)
        {
            return SubmissionResult.Invalid(parsed.Diagnostics);
        }

        if (EpochsInFuture(parsed) is { Count: > 0 } future)
        {
            return SubmissionResult.Fail(future);
        }

        string[] relTo = [.. request.RelTo.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        await using HubWriteUnit unit = await gate.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        if (request.IdempotencyKey is { } key)
        {
            Submission? earlier = await db.Submissions.AsNoTracking()
                .FirstOrDefaultAsync(s => s.AgencyCode == agency && s.IdempotencyKey == key, cancellationToken).ConfigureAwait(false);
            if (earlier is not null)
            {
                bool same = earlier.ContentSha256 == request.ContentSha256 && earlier.Marking == request.Marking
                    && earlier.RelTo.SequenceEqual(relTo, StringComparer.Ordinal);
                return same
                    ? SubmissionResult.Ok(new SubmissionReceipt(earlier.Id, earlier.RecordCount, earlier.Format, ParseWarnings(earlier.Warnings), true))
                    : SubmissionResult.Fail([HubError.Create(HubErrorCodes.SubmissionIdempotencyConflict, HubErrorKind.Conflict,
                        $"Idempotency key {key} was already used for other content (submission {earlier.Id:D}).", key, earlier.Id.ToString("D"))]);
            }
        }

        if (relTo.Length > 0)
        {
            List<string> known = await db.Agencies.AsNoTracking().Where(a => relTo.Contains(a.Code)).Select(a => a.Code)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (string code in relTo.Where(c => !known.Contains(c, StringComparer.Ordinal)))
            {
                errors.Add(HubError.Create(HubErrorCodes.ValidationFailed, HubErrorKind.Invalid, $"Field relTo: agency {code} is not registered.",
                    "relTo", $"agency {code} is not registered"));
            }

            if (errors.Count > 0)
            {
                return SubmissionResult.Fail(errors);
            }
        }

        DateTimeOffset now = AuditHasher.TruncateToMicroseconds(time.GetUtcNow());
        SubmissionWarning[] warnings = [.. parsed.Diagnostics.Select(d => new SubmissionWarning(d.Code, d.Line, d.Message))];
        var submission = new Submission
        {
            Id = Guid.CreateVersion7(now),
            AgencyCode = agency,
            KeyId = actor.KeyId,
            ReceivedAt = now,
            ContentSha256 = request.ContentSha256,
            ContentType = request.ContentType,
            Format = parsed.Format,
            RecordCount = parsed.RecordCount,
            Marking = request.Marking,
            RelTo = [.. relTo],
            IdempotencyKey = request.IdempotencyKey,
            Warnings = JsonSerializer.Serialize(warnings, s_json),
        };
        var provenance = new ElementSetProvenance(submission.Id, agency, request.Marking, relTo, now, () => Guid.CreateVersion7(now));
        List<ElementSet> sets = [.. parsed.Tles.Select(t => ElementSetMapping.FromTle(t, provenance)),
            .. parsed.Omms.Select(o => ElementSetMapping.FromOmm(o, provenance))];
        List<EphemerisSegment> segments = parsed.Oem is { } oem
            ? await ToSegmentsAsync(oem, provenance, cancellationToken).ConfigureAwait(false)
            : [];

        int[] catalogNumbers = [.. sets.Select(s => s.CatalogNumber)
            .Concat(segments.Where(s => s.CatalogNumber is not null).Select(s => s.CatalogNumber!.Value)).Distinct().Order()];
        // The transactional outbox of the screening: stored with the submission, so that a stop right after the
        // commit still screens these objects (the worker resumes pending requests at start).
        var screening = new ScreeningRequest
        {
            Id = Guid.CreateVersion7(now),
            CatalogNumbers = [.. catalogNumbers],
            Reason = ScreeningRequestReasons.Submission,
            RequestedAt = now,
        };

        db.Submissions.Add(submission);
        if (catalogNumbers.Length > 0)
        {
            db.ScreeningRequests.Add(screening);
        }

        await audit.Append(actor, AuditActions.SubmissionAccepted, $"submission:{submission.Id:D}", new Dictionary<string, string?>
        {
            ["format"] = submission.Format,
            ["records"] = submission.RecordCount.ToString(CultureInfo.InvariantCulture),
            ["hash"] = submission.ContentSha256,
            ["marking"] = submission.Marking.ToWireName(),
            ["relTo"] = relTo.Length == 0 ? null : string.Join(',', relTo),
        }, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false); // the bulk rows refer to the submission
        await HubBulkInsert.InsertAsync(db, sets, cancellationToken).ConfigureAwait(false);
        await HubBulkInsert.InsertAsync(db, segments, cancellationToken).ConfigureAwait(false);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);

        return SubmissionResult.Ok(new SubmissionReceipt(submission.Id, submission.RecordCount, submission.Format, warnings, false)
        {
            CatalogNumbers = catalogNumbers,
            ScreeningRequestId = catalogNumbers.Length > 0 ? screening.Id : null,
        });
    }

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private static List<HubError> ValidateRequest(NewSubmission request)
    {
        var errors = new List<HubError>();
        void Invalid(string field, string reason) => errors.Add(HubError.Create(HubErrorCodes.ValidationFailed, HubErrorKind.Invalid,
            $"Field {field}: {reason}.", field, reason));

        if (request.Marking == Marking.Restricted && request.RelTo.Count == 0)
        {
            Invalid("relTo", "required with marking restricted");
        }
        else if (request.Marking != Marking.Restricted && request.RelTo.Count > 0)
        {
            Invalid("relTo", "allowed only with marking restricted");
        }

        if (request.IdempotencyKey is { } key
            && (key.Length is 0 or > MaxIdempotencyKeyLength || key.Any(c => c is < '!' or > '~')))
        {
            Invalid("Idempotency-Key", $"1 to {MaxIdempotencyKeyLength} printable ASCII characters");
        }

        return errors;
    }

    // An epoch far ahead would shadow every later real set (the newest epoch wins): refused, the whole submission with it.
    private List<HubError> EpochsInFuture(ParsedMessage parsed)
    {
        Epoch now = Epoch.FromUtc(time.GetUtcNow());
        Epoch latest = now + Duration.FromSeconds(catalog.MaxEpochAheadHours * SecondsPerHour);
        string hours = catalog.MaxEpochAheadHours.ToString(CultureInfo.InvariantCulture);
        string clock = now.ToIsoString(TimeScale.Utc, 3);
        return [.. SubmissionReader.EpochsAfter(parsed, latest).Select(set =>
        {
            string number = set.CatalogNumber.ToString(CultureInfo.InvariantCulture);
            string line = set.Line.ToString(CultureInfo.InvariantCulture);
            string epoch = set.Epoch.ToIsoString(TimeScale.Utc, 3);
            return HubError.Create(HubErrorCodes.ElementsEpochInFuture, HubErrorKind.Invalid,
                $"Element set of {number} (line {line}) has epoch {epoch}, more than {hours} hours ahead of the hub's clock ({clock}); nothing was stored.",
                number, line, epoch, hours, clock);
        })];
    }

    private const double SecondsPerHour = 3600.0;

    private static SubmissionWarning[] ParseWarnings(string json) =>
        JsonSerializer.Deserialize<SubmissionWarning[]>(json, s_json) ?? [];

    private async Task<List<EphemerisSegment>> ToSegmentsAsync(Oem oem, ElementSetProvenance provenance, CancellationToken cancellationToken)
    {
        var segments = new List<EphemerisSegment>(oem.Segments.Count);
        Ephemeris?[] trajectories = ScreeningCatalog.ScreenableEphemerides(oem);
        for (int i = 0; i < oem.Segments.Count; i++)
        {
            OemSegment segment = oem.Segments[i];
            OemMetadata metadata = segment.Metadata;
            TimeScale scale = SubmissionReader.TryTimeScale(metadata.TimeSystem)
                ?? throw new InvalidOperationException("The reader accepts only time systems it can place.");
            string text = OemWriter.Write(oem with { Segments = [segment] }, CcsdsFormat.Kvn).Text
                ?? throw new InvalidOperationException("A segment that was read can be written.");
            segments.Add(new EphemerisSegment
            {
                Id = provenance.NewId(),
                SubmissionId = provenance.SubmissionId,
                ObjectName = metadata.ObjectName,
                ObjectId = metadata.ObjectId,
                CatalogNumber = await OemObjects.CatalogNumberAsync(db, metadata, [metadata.ObjectId], cancellationToken).ConfigureAwait(false),
                CenterName = metadata.CenterName,
                ReferenceFrame = metadata.ReferenceFrame,
                TimeSystem = metadata.TimeSystem,
                UseableStart = ToEpoch(metadata.UseableStartTime ?? metadata.StartTime, scale),
                UseableStop = ToEpoch(metadata.UseableStopTime ?? metadata.StopTime, scale),
                StateCount = segment.Count,
                Text = text,
                Trajectory = trajectories[i] is { } trajectory ? EphemerisBlob.Encode(trajectory) : null,
                TrajectoryConverted = true,
                Originator = provenance.Originator,
                Marking = provenance.Marking,
                RelTo = [.. provenance.RelTo],
                StoredAt = provenance.StoredAt,
            });
        }

        return segments;
    }

    private static Epoch ToEpoch(CcsdsDate date, TimeScale scale) =>
        date.TryToEpoch(scale, out Epoch epoch) ? epoch : throw new InvalidOperationException($"Date {date} was read but cannot be placed.");
}
