# One image per service: docker build --build-arg SERVICE=user-service -t eventdesign/user-service .
# (docker compose builds all four; see docker-compose.yml). The build stage compiles the service and the
# modules it needs with the Maven wrapper; the image holds only a JRE and the service's executable jar.
FROM eclipse-temurin:21-jdk AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    test -n "$SERVICE" && ./mvnw -q -B -DskipTests -pl "$SERVICE" -am package \
    && cp "$SERVICE"/target/"$SERVICE"-*-exec.jar /app.jar

FROM eclipse-temurin:21-jre
ARG SERVICE
# A numeric, non-root user, so that Kubernetes' runAsNonRoot can check it (deploy/k8s/services.yaml).
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --home-dir /app app \
    && mkdir -p /app /data && chown app:app /app /data
COPY --from=build /app.jar /app/app.jar
USER 10001:10001
WORKDIR /app
# Kafka Streams state (restored from its changelog topics when empty). The heap takes 60% of the container
# memory; RocksDB (the state stores) and the JVM itself need the rest.
ENV EVENTDESIGN_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError"
VOLUME /data
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
