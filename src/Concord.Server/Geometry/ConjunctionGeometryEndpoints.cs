using Concord.Astro.Time;
using Concord.Hub.Geometry;
using Concord.Server.Auth;
using Concord.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Server.Geometry;

/// <summary><c>GET /api/v1/conjunctions/{id}/geometry[?update=UPDATE_ID]</c>: the geometry of the event's newest update
/// (or of the given one) for the console: both objects at TCA and their arcs around it (TEME, km), the Earth rotation
/// angle at TCA, and the encounter plane (miss vector, combined covariance, hard-body radius, Pc). Analysts, officers,
/// agency and hub administrators; auditors 403.</summary>
/// <remarks>As for the CDM it is built from: a basic warning is 403 <c>conjunction.detail-withheld</c>; an unknown or
/// unreleased event 404 <c>conjunction.not-found</c>; an unknown update 404 <c>conjunction.cdm-not-found</c>; a bad
/// <c>update</c> 400 <c>request.invalid-query</c>.</remarks>
internal static class ConjunctionGeometryEndpoints
{

    public static RouteGroupBuilder MapConjunctionGeometry(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/conjunctions").WithTags("Conjunctions").RequireAuthorization(HubPolicies.DataReader);
        group.MapGet("/{id:guid}/geometry", Get);
        return group;
    }

    private static async Task<Results<Ok<GeometryResponse>, ProblemHttpResult>> Get(Guid id, ConjunctionGeometryService geometry, HttpContext http,
        CancellationToken cancellationToken, string? update = null)
    {
        Guid? updateId = null;
        if (update is not null)
        {
            if (!Guid.TryParse(update, out Guid parsed))
            {
                return HubProblems.InvalidQuery("update", "must be an update id");
            }

            updateId = parsed;
        }

        var result = await geometry.GetAsync(http.User.ToActor(), id, updateId, cancellationToken).ConfigureAwait(false);
        return result.Success ? TypedResults.Ok(GeometryResponse.From(result.Value)) : HubProblems.From(result.Errors);
    }

    internal sealed record GeometryResponse(Guid EventId, Guid UpdateId, string Tca, string Frame, double GmstRadians, ObjectResponse[] Objects,
        PlaneResponse EncounterPlane)
    {
        public static GeometryResponse From(ConjunctionGeometry g) => new(g.EventId, g.UpdateId, g.Tca.ToIsoString(TimeScale.Utc, 3), "TEME",
            g.GmstRadians, [ObjectResponse.From(g.Primary), ObjectResponse.From(g.Secondary)], PlaneResponse.From(g.Plane));
    }

    internal sealed record ObjectResponse(int CatalogNumber, string? Name, double[] PositionKm, double[] VelocityKmPerSecond, double LatitudeDeg,
        double LongitudeDeg, double AltitudeKm, ArcPointResponse[] Arc)
    {
        public static ObjectResponse From(ConjunctionGeometryObject o)
        {
            (double latitude, double longitude, double altitude) = GeometryWire.SubPoint(o.SubPoint);
            return new(o.CatalogNumber, o.Name, GeometryWire.Km(o.PositionMeters), GeometryWire.Km(o.VelocityMetersPerSecond), latitude, longitude, altitude,
                [.. o.Arc.Select(p => new ArcPointResponse(p.SecondsFromTca, GeometryWire.Km(p.PositionMeters)))]);
        }
    }

    internal sealed record ArcPointResponse(double SecondsFromTca, double[] PositionKm);

    internal sealed record PlaneResponse(double MissXMeters, double MissYMeters, double[]? CovarianceSquareMeters, double HardBodyRadiusMeters,
        string CovarianceSource, double? CollisionProbability)
    {
        public static PlaneResponse From(EncounterPlaneView p) => new(p.MissXMeters, p.MissYMeters,
            p is { CovarianceXx: { } xx, CovarianceXy: { } xy, CovarianceYy: { } yy } ? [xx, xy, yy] : null,
            p.HardBodyRadiusMeters, p.CovarianceSource, p.CollisionProbability);
    }
}
