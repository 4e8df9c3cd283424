import SwiftUI
import CoreLocation

final class HeadingModel: NSObject, ObservableObject, CLLocationManagerDelegate {
    @Published var heading: Double = 0
    private let manager = CLLocationManager()

    override init() {
        super.init()
        manager.delegate = self
        manager.headingFilter = 1
        manager.startUpdatingHeading()
    }

    func locationManager(_ manager: CLLocationManager, didUpdateHeading newHeading: CLHeading) {
        heading = newHeading.trueHeading >= 0 ? newHeading.trueHeading : newHeading.magneticHeading
    }
}

struct CompassView: View {
    @StateObject private var model = HeadingModel()

    var body: some View {
        VStack(spacing: 24) {
            ZStack {
                Circle().stroke(lineWidth: 4).frame(width: 240, height: 240)
                ForEach(["N", "E", "S", "W"].indices, id: \.self) { i in
                    Text(["N", "E", "S", "W"][i])
                        .font(.title2.bold())
                        .offset(y: -100)
                        .rotationEffect(.degrees(Double(i) * 90))
                }
            }
            .rotationEffect(.degrees(-model.heading))
            .animation(.easeOut(duration: 0.2), value: model.heading)
            Text(String(format: "%03.0f°", model.heading)).font(.largeTitle.monospacedDigit())
        }
    }
}
