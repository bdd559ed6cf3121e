using System.Globalization;
using Concord.Astro.Time;
using Concord.Hub.Geometry;
using Concord.Hub.SpaceObjects;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.Geometry;

/// <summary><c>GET /api/v1/objects/{noradId}/track[?start=ISO&amp;minutes=M&amp;stepSeconds=S]</c>: the object's newest
/// element set released to the caller, propagated with SGP4, as TEME positions with the Earth rotation angle and the
/// WGS-84 sub-point of each (the console's ground track and 3-D orbit). Analysts, officers, agency and hub
/// administrators; auditors 403.</summary>
/// <remarks>Defaults: start now, three revolutions (90 minutes to a day), a 60 s step. minutes in (0, 2880], stepSeconds
/// in [10, 3600], at most 5,000 points, else 400 <c>request.invalid-query</c>. No released set (or an unknown object:
/// the same answer) is 404 <c>object.no-elements</c>.</remarks>
internal static class ObjectTrackEndpoints
{
    private const double DefaultStepSeconds = 60.0;

    public static RouteGroupBuilder MapObjectTracks(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/objects").WithTags("Space objects").RequireAuthorization(HubPolicies.DataReader);
        group.MapGet("/{noradId}/track", Get);
        return group;
    }

    private static async Task<Results<Ok<TrackResponse>, ProblemHttpResult>> Get(string noradId, HttpContext http,
        ObjectTrackService tracks, TimeProvider time, CancellationToken cancellationToken)
    {
        IQueryCollection query = http.Request.Query;
        if (!SpaceObjectRules.TryParseCatalogNumber(noradId, out int catalogNumber))
        {
            return HubProblems.InvalidQuery("noradId", "a catalog number");
        }

        Epoch start = Epoch.FromUtc(time.GetUtcNow());
        if (query["start"].Count > 0
            && !Epoch.TryParseIso(query["start"].ToString(), TimeScale.Utc, LeapSecondHandling.AcceptAnnounced, out start))
        {
            return HubProblems.InvalidQuery("start", "an ISO 8601 UTC date and time");
        }

        double? minutes = null;
        if (query["minutes"].Count > 0)
        {
            if (!double.TryParse(query["minutes"].ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double m)
                || !(m > 0.0 && m <= ObjectTrackService.MaxMinutes))
            {
                return HubProblems.InvalidQuery("minutes", $"a number of minutes above 0 and at most {ObjectTrackService.MaxMinutes}");
            }

            minutes = m;
        }

        double step = DefaultStepSeconds;
        if (query["stepSeconds"].Count > 0
            && (!double.TryParse(query["stepSeconds"].ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out step)
                || !(step >= ObjectTrackService.MinStepSeconds && step <= ObjectTrackService.MaxStepSeconds)))
        {
            return HubProblems.InvalidQuery("stepSeconds", $"a number of seconds from {ObjectTrackService.MinStepSeconds} to {ObjectTrackService.MaxStepSeconds}");
        }

        if (minutes is { } span && (span * 60.0 / step) + 1.0 > ObjectTrackService.MaxPoints)
        {
            return HubProblems.InvalidQuery("minutes", $"at most {ObjectTrackService.MaxPoints} points (minutes × 60 / stepSeconds)");
        }

        var result = await tracks.GetAsync(http.User.ToActor(), catalogNumber, start, minutes, step, cancellationToken).ConfigureAwait(false);
        return result.Success ? TypedResults.Ok(TrackResponse.From(result.Value)) : HubProblems.From(result.Errors);
    }

    private static string Iso(Epoch epoch) => epoch.ToIsoString(TimeScale.Utc, 3);

    internal sealed record TrackResponse(int CatalogNumber, string? Name, string Source, string ElementEpoch, string Start, double StepSeconds,
        string Frame, TrackPointResponse[] Points)
    {
        public static TrackResponse From(ObjectTrack track) => new(track.CatalogNumber, track.Name, "element-set", Iso(track.ElementEpoch),
            Iso(track.Start), track.StepSeconds, "TEME", [.. track.Points.Select(TrackPointResponse.From)]);
    }

    internal sealed record TrackPointResponse(string Time, double[] PositionKm, double GmstRadians, double LatitudeDeg, double LongitudeDeg,
        double AltitudeKm)
    {
        public static TrackPointResponse From(TrackPoint p)
        {
            (double latitude, double longitude, double altitude) = GeometryWire.SubPoint(p.SubPoint);
            return new(Iso(p.Time), GeometryWire.Km(p.PositionMeters), p.GmstRadians, latitude, longitude, altitude);
        }
    }
}
